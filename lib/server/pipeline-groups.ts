import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { newGroupId } from "@/lib/pipeline/ids";
import type { PipelineNode } from "@/lib/pipeline/types";
import { requireProjectAccess } from "./access";
import { getDb, sqlName, type Tx } from "./db";
import type { SessionUser } from "./session";

// Notebook groups (PipelineNodeGroup): the steps of one import belong to one group, drawn by
// the canvas as a collapsible frame (components/canvas/notebook-groups.tsx). Membership is
// stored, written once by the import; it is not part of the diagram a save sends, so saves
// and their merges stay as they are. A deleted node's membership is detached, and comes back
// when the node does (undo; pipeline-detached.ts); only nodes in the diagram are listed.
// Whether a group is collapsed is each viewer's own choice, kept in the browser.

export type PipelineGroup = { id: string; name: string; nodeIds: string[] };

/** Puts the imported steps in one new group called `name`. One statement. */
export async function storeNodeGroup(tx: Tx, diagramId: string, nodes: PipelineNode[], name: string) {
  const steps = nodes.filter((n) => n.kind === "step");
  if (steps.length === 0) return;
  const groupId = newGroupId();
  await tx.$executeRaw`
    INSERT INTO ${Prisma.raw(sqlName("PipelineNodeGroup"))} ("diagramId", "nodeId", "groupId", "name")
    SELECT ${diagramId}, u."nodeId", ${groupId}, ${name}
    FROM unnest(${steps.map((n) => n.id)}::text[]) AS u("nodeId")
    ON CONFLICT DO NOTHING`;
}

/** The project's notebook groups, in the order they were imported, each with its nodes in diagram order. */
export async function getPipelineGroups(user: SessionUser, projectId: string): Promise<PipelineGroup[]> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const rows = await db.$queryRaw<{ groupId: string; name: string; nodeId: string }[]>`
    SELECT g."groupId", g."name", g."nodeId"
    FROM ${Prisma.raw(sqlName("PipelineNodeGroup"))} g
    JOIN ${Prisma.raw(sqlName("PipelineNode"))} n ON n."diagramId" = g."diagramId" AND n."id" = g."nodeId"
    JOIN ${Prisma.raw(sqlName("PipelineDiagram"))} d ON d."id" = g."diagramId"
    WHERE d."projectId" = ${projectId}
    ORDER BY n."sortOrder"`;
  return groupsFromRows(rows);
}

/** Group rows in diagram order → one group per id, in the order its first node appears. */
export function groupsFromRows(rows: readonly { groupId: string; name: string; nodeId: string }[]): PipelineGroup[] {
  const groups = new Map<string, PipelineGroup>();
  for (const row of rows) {
    const group = groups.get(row.groupId) ?? { id: row.groupId, name: row.name, nodeIds: [] };
    group.nodeIds.push(row.nodeId);
    groups.set(row.groupId, group);
  }
  return [...groups.values()];
}
