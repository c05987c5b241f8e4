import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlName, type Tx } from "./db";
import { readDiagram } from "./pipeline-read";
import { recordRevision } from "./pipeline-revisions";
import type { SessionUser } from "./session";

/**
 * "Marking done can set its linked nodes' automation": the linked nodes still in the
 * diagram and not yet AUTOMATED become AUTOMATED (for lib/server/roadmap-update.ts). The
 * diagram's version moves on, with its revision kept, so an open canvas's next save is merged
 * with the change (or 409 if it changed the same field) instead of saving over it. Returns the ids changed.
 */
export async function automateDiagramNodes(
  tx: Tx,
  user: SessionUser,
  projectId: string,
  nodeIds: string[],
): Promise<string[]> {
  if (nodeIds.length === 0) return [];
  // The diagram's row is locked first, as every save locks it (claiming its version) before
  // writing node rows: taking the node rows first could deadlock with a save.
  const [diagram] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM ${Prisma.raw(sqlName("PipelineDiagram"))} WHERE "projectId" = ${projectId} FOR UPDATE`;
  if (!diagram) return [];
  const nodes = await tx.pipelineNode.findMany({
    where: { diagramId: diagram.id, id: { in: nodeIds }, automation: { not: "AUTOMATED" } },
    select: { id: true },
    orderBy: { sortOrder: "asc" },
  });
  if (nodes.length === 0) return [];
  const ids = nodes.map((n) => n.id);
  await tx.pipelineNode.updateMany({
    where: { diagramId: diagram.id, id: { in: ids } },
    data: { automation: "AUTOMATED" },
  });
  const { version } = await tx.pipelineDiagram.update({
    where: { id: diagram.id },
    data: { version: { increment: 1 }, updatedById: user.id },
    select: { version: true },
  });
  const saved = await readDiagram(tx, projectId);
  await recordRevision(tx, diagram.id, version, { nodes: saved.nodes, edges: saved.edges });
  return ids;
}
