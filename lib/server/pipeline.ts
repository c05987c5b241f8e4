import "server-only";
import type { PipelineDiagram as DiagramRow, PipelineEdge as EdgeRow, PipelineNode as NodeRow } from "@/lib/generated/prisma/client";
import type { PipelineDiagram, PipelineEdge, PipelineNode } from "@/lib/pipeline/types";
import { newEdgeId, newNodeId } from "@/lib/pipeline/ids";
import { appendImportedSteps } from "@/lib/pipeline/import-steps";
import { ZStepsImport } from "@/lib/validation/notebook-import";
import { ZPipelineSave, type TPipelineSave } from "@/lib/validation/pipeline";
import { requireProjectAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, type Db, type Tx } from "./db";
import { AppError, ConflictError, ForbiddenError } from "./errors";
import { deleteMissing, nodeFromRow, upsertEdges, upsertNodes } from "./pipeline-rows";
import type { SessionUser } from "./session";

const EMPTY: PipelineDiagram = { version: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes: [], edges: [] };

export async function getPipeline(user: SessionUser, projectId: string): Promise<PipelineDiagram> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  return readDiagram(db, projectId);
}

/**
 * Replaces the diagram with the given nodes and edges, in one transaction, if it is
 * still at `baseVersion`; otherwise 409 with the current diagram. Members may edit
 * everything but owners and priorities, which are the leads' to set.
 */
export async function savePipeline(user: SessionUser, projectId: string, input: unknown): Promise<PipelineDiagram> {
  const body = ZPipelineSave.parse(input);
  return getDb().$transaction(async (tx) => {
    const access = await requireProjectAccess(tx, user, projectId, "pipeline.edit");
    return replaceDiagram(tx, user, access, body);
  }, SAVE_TX_OPTIONS);
}

/**
 * Adds notebook steps to the diagram (see lib/pipeline/import-steps.ts) in one
 * transaction, if it is still at `baseVersion`; the combined diagram passes the same
 * validation and role rules as any save.
 */
export async function importSteps(user: SessionUser, projectId: string, input: unknown): Promise<{ pipeline: PipelineDiagram; addedNodeIds: string[] }> {
  const { baseVersion, steps } = ZStepsImport.parse(input);
  return getDb().$transaction(async (tx) => {
    const access = await requireProjectAccess(tx, user, projectId, "pipeline.edit");
    const current = await readDiagram(tx, projectId);
    if (current.version !== baseVersion) {
      throw baseVersion > current.version ? aheadError(baseVersion, current.version) : staleError(current);
    }
    const next = appendImportedSteps(current, steps, newNodeId, newEdgeId);
    const body = ZPipelineSave.parse({ baseVersion, viewport: current.viewport, nodes: next.nodes, edges: next.edges });
    const pipeline = await replaceDiagram(tx, user, access, body);
    await recordAudit(tx, {
      teamId: access.project.teamId,
      projectId,
      actorId: user.id,
      action: "pipeline.imported",
      targetType: "project",
      targetId: projectId,
      details: { steps: steps.length, cells: steps.reduce((n, s) => n + s.cellIndexes.length, 0) },
    });
    return { pipeline, addedNodeIds: next.addedNodeIds };
  }, SAVE_TX_OPTIONS);
}

/** The one way a diagram is written: version check, role rules, then the rows brought in line with the body. */
async function replaceDiagram(
  tx: Tx,
  user: SessionUser,
  { project, membership }: { project: { id: string; teamId: string }; membership: { role: string } },
  body: TPipelineSave,
): Promise<PipelineDiagram> {
  const projectId = project.id;
  const diagram = await tx.pipelineDiagram.upsert({ where: { projectId }, create: { projectId }, update: {} });
  if (body.baseVersion > diagram.version) {
    throw aheadError(body.baseVersion, diagram.version);
  }
  const { count } = await tx.pipelineDiagram.updateMany({
    where: { id: diagram.id, version: body.baseVersion },
    data: { version: { increment: 1 }, viewportX: body.viewport.x, viewportY: body.viewport.y, viewportZoom: body.viewport.zoom, updatedById: user.id },
  });
  if (count === 0) {
    throw staleError(await readDiagram(tx, projectId));
  }

  const before = await tx.pipelineNode.findMany({ where: { diagramId: diagram.id }, select: { id: true, ownerId: true, priority: true, title: true } });
  const assignments = assignmentChanges(before, body.nodes);
  if (assignments.length > 0 && membership.role !== "LEAD") {
    throw new ForbiddenError("Only leads can set owners and priorities.");
  }
  await checkOwnersInTeam(tx, project.teamId, body.nodes);

  await deleteMissing(tx, diagram.id, body);
  await upsertNodes(tx, diagram.id, body.nodes);
  await upsertEdges(tx, diagram.id, body.edges);

  if (assignments.length > 0) {
    await recordAudit(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: "pipeline.assigned",
      targetType: "project",
      targetId: projectId,
      details: { changes: assignments },
    });
  }
  // What was written is what the body said: no need to read thousands of rows back.
  return { version: body.baseVersion + 1, viewport: body.viewport, nodes: body.nodes.map(normaliseNode), edges: body.edges.map(normaliseEdge) };
}

// A 5,000-node replace takes a few seconds on the embedded database; the default 5 s
// interactive-transaction timeout is too tight for it.
const SAVE_TX_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

function normaliseNode(node: TPipelineSave["nodes"][number]): PipelineNode {
  return { ...node, description: node.description ?? "", category: node.category ?? null, ownerId: node.ownerId ?? null, priority: node.priority ?? null, sourceCells: node.sourceCells?.length ? node.sourceCells : null };
}

function normaliseEdge(edge: TPipelineSave["edges"][number]): PipelineEdge {
  return { id: edge.id, source: edge.source, target: edge.target, label: edge.label ?? null };
}

const aheadError = (baseVersion: number, saved: number) =>
  new AppError(422, "invalid_input", `baseVersion ${baseVersion} is ahead of the saved version ${saved}.`);

const staleError = (current: PipelineDiagram) => new ConflictError("Someone else changed this pipeline since you loaded it.", { current });

type Assignment = { nodeId: string; title: string; ownerId: string | null; priority: string | null };

/** Nodes whose owner or priority differ from what was saved (a new node counts if it has either). */
function assignmentChanges(before: { id: string; ownerId: string | null; priority: string | null }[], nodes: TPipelineSave["nodes"]): Assignment[] {
  const saved = new Map(before.map((n) => [n.id, n]));
  return nodes
    .filter((node) => {
      const old = saved.get(node.id);
      return (node.ownerId ?? null) !== (old?.ownerId ?? null) || (node.priority ?? null) !== (old?.priority ?? null);
    })
    .map((node) => ({ nodeId: node.id, title: node.title, ownerId: node.ownerId ?? null, priority: node.priority ?? null }));
}

async function checkOwnersInTeam(tx: Tx, teamId: string, nodes: TPipelineSave["nodes"]) {
  const ownerIds = [...new Set(nodes.map((n) => n.ownerId).filter((id): id is string => !!id))];
  if (ownerIds.length === 0) return;
  const found = await tx.membership.findMany({ where: { teamId, id: { in: ownerIds } }, select: { id: true } });
  const missing = ownerIds.filter((id) => !found.some((m) => m.id === id));
  if (missing.length > 0) throw new AppError(422, "invalid_input", `ownerId ${missing[0]} is not a member of this team.`);
}

async function readDiagram(db: Db | Tx, projectId: string): Promise<PipelineDiagram> {
  const row = await db.pipelineDiagram.findUnique({
    where: { projectId },
    include: { nodes: { orderBy: { sortOrder: "asc" } }, edges: { orderBy: { sortOrder: "asc" } } },
  });
  return row ? fromRows(row) : EMPTY;
}

function fromRows(row: DiagramRow & { nodes: NodeRow[]; edges: EdgeRow[] }): PipelineDiagram {
  return {
    version: row.version,
    viewport: { x: row.viewportX, y: row.viewportY, zoom: row.viewportZoom },
    nodes: row.nodes.map(nodeFromRow),
    edges: row.edges.map((e): PipelineEdge => ({ id: e.id, source: e.source, target: e.target, label: e.label })),
  };
}
