import "server-only";
import { BACKUP_FORMAT, BACKUP_VERSION, type TProjectBackup } from "@/lib/backup/format";
import { fileSlug } from "@/lib/file-slug";
import type { AssessmentResult, Suggestions } from "@/lib/assessment/types";
import { timestamp } from "@/lib/validation/common";
import { requireProjectAccess } from "./access";
import { getDb, type Db } from "./db";
import { groupsFromRows } from "./pipeline-groups";
import { nodeFromRow } from "./pipeline-rows";
import { boardOrder, dateOnly } from "./roadmap-rows";
import type { SessionUser } from "./session";

// GET /api/v1/projects/:projectId/backup: the project as one file (lib/backup/format.ts).
// Read in one repeatable-read snapshot so a save landing halfway cannot tear the file
// (nodes of one version, items linking nodes of another).

const email = { select: { email: true } } as const;
const memberEmail = { select: { user: email } } as const;

export async function exportProjectBackup(
  user: SessionUser,
  projectId: string,
  now = new Date(),
): Promise<{ backup: TProjectBackup; filename: string }> {
  const backup = await getDb().$transaction(
    async (tx) => {
      const { project } = await requireProjectAccess(tx, user, projectId, "team.read");
      return readBackup(tx as unknown as Db, project.id, now);
    },
    { isolationLevel: "RepeatableRead" },
  );
  return { backup, filename: `backup-${fileSlug(backup.project.name)}-${dateOnly(now)}.json` };
}

async function readBackup(db: Db, projectId: string, now: Date): Promise<TProjectBackup> {
  // One after the other: a transaction's queries share one connection.
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { name: true, description: true, createdBy: email },
  });
  const diagram = await db.pipelineDiagram.findUnique({
    where: { projectId },
    select: {
      viewportX: true,
      viewportY: true,
      viewportZoom: true,
      nodes: { orderBy: { sortOrder: "asc" }, include: { owner: memberEmail } },
      edges: { orderBy: { sortOrder: "asc" } },
    },
  });
  // Cells and group rows of the nodes the diagram has, in its order: a deleted node's rows are
  // kept detached for a while (undo, lib/server/pipeline-detached.ts) and are not part of it.
  const nodeOrder = new Map((diagram?.nodes ?? []).map((node, index) => [node.id, index]));
  const inDiagramOrder = <T extends { nodeId: string }>(rows: T[]) =>
    rows.filter((row) => nodeOrder.has(row.nodeId)).sort((a, b) => nodeOrder.get(a.nodeId)! - nodeOrder.get(b.nodeId)!);
  const cells = inDiagramOrder(
    await db.pipelineNodeCell.findMany({
      where: { diagram: { projectId }, detachedAt: null },
      orderBy: [{ cellIndex: "asc" }],
    }),
  );
  const groupRows = inDiagramOrder(
    await db.pipelineNodeGroup.findMany({ where: { diagram: { projectId }, detachedAt: null } }),
  );
  const assessments = await db.assessment.findMany({
    where: { projectId },
    // Submitted ones in the order they were submitted, the draft last.
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    include: { createdBy: email, updatedBy: email, submittedBy: email },
  });
  const items = await db.roadmapItem.findMany({
    where: { projectId },
    orderBy: boardOrder,
    include: { owner: memberEmail, createdBy: email },
  });

  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: timestamp(now),
    project: { name: project.name, description: project.description, createdBy: project.createdBy?.email ?? null },
    pipeline: {
      viewport: diagram
        ? { x: diagram.viewportX, y: diagram.viewportY, zoom: diagram.viewportZoom }
        : { x: 0, y: 0, zoom: 1 },
      nodes: (diagram?.nodes ?? []).map((row) => {
        const { ownerId: _ownerId, ...node } = nodeFromRow(row);
        return { ...node, owner: row.owner?.user.email ?? null };
      }),
      edges: (diagram?.edges ?? []).map(({ id, source, target, label }) => ({ id, source, target, label })),
      cells: cells.map((c) => ({ nodeId: c.nodeId, index: c.cellIndex, source: c.source })),
      groups: groupsFromRows(groupRows),
    },
    assessments: assessments.map((a) => ({
      status: a.status,
      bankVersion: a.bankVersion,
      answers: a.answers as Record<string, string>,
      suggestions: a.suggestions as Suggestions,
      result: a.result as AssessmentResult | null,
      createdBy: a.createdBy?.email ?? null,
      updatedBy: a.updatedBy?.email ?? null,
      submittedBy: a.submittedBy?.email ?? null,
      createdAt: timestamp(a.createdAt),
      submittedAt: a.submittedAt ? timestamp(a.submittedAt) : null,
    })),
    roadmap: {
      items: items.map((item, i) => ({
        id: `i${i + 1}`,
        title: item.title,
        doneWhen: item.doneWhen,
        detail: item.detail,
        phase: item.phase,
        componentId: item.componentId as TProjectBackup["roadmap"]["items"][number]["componentId"],
        toolSlug: item.toolSlug,
        nodeIds: item.nodeIds,
        stage: item.stage,
        status: item.status,
        position: item.position,
        targetDate: item.targetDate ? dateOnly(item.targetDate) : null,
        source: item.source,
        sourceKey: item.sourceKey,
        priority: item.priority,
        owner: item.owner?.user.email ?? null,
        createdBy: item.createdBy?.email ?? null,
        doneAt: item.doneAt ? timestamp(item.doneAt) : null,
      })),
    },
  };
}
