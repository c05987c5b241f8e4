import "server-only";
import type {
  PipelineDiagram as DiagramRow,
  PipelineEdge as EdgeRow,
  PipelineNode as NodeRow,
} from "@/lib/generated/prisma/client";
import { z } from "zod";
import { MAX_EDGES, MAX_NODES, type PipelineDiagram, type PipelineEdge, type PipelineNode } from "@/lib/pipeline/types";
import { newEdgeId, newNodeId } from "@/lib/pipeline/ids";
import { appendImportedSteps } from "@/lib/pipeline/import-steps";
import { ZStepsImport } from "@/lib/validation/notebook-import";
import { can, type TTeamRole } from "@/lib/teams/roles";
import { ZPipelineEdge, ZPipelineNode, ZPipelineSave, type TPipelineSave } from "@/lib/validation/pipeline";
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
 * transaction, if it is still at `baseVersion`. The version is claimed first, so the
 * diagram is read once and cannot change under the import; only the new nodes and
 * edges are validated, as the saved ones passed when they were saved. New steps have
 * no owner or priority, so the import needs no `pipeline.assign`.
 */
export async function importSteps(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<{ pipeline: PipelineDiagram; addedNodeIds: string[] }> {
  const { baseVersion, steps, links, data } = ZStepsImport.parse(input);
  return getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "pipeline.edit");
    const diagramId = await claimVersion(tx, user, projectId, baseVersion);
    const current = await readDiagram(tx, projectId);
    const next = appendImportedSteps(current, steps, newNodeId, newEdgeId, { links, data });
    const added = checkAdded(current, next);
    const nodes = [...current.nodes, ...added.nodes];
    const edges = [...current.edges, ...added.edges];
    // Nothing is removed, and saved rows that did not change are left as they are (pipeline-rows.ts).
    await upsertNodes(tx, diagramId, nodes);
    await upsertEdges(tx, diagramId, edges);
    await recordAudit(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: "pipeline.imported",
      targetType: "project",
      targetId: projectId,
      details: { steps: steps.length, cells: steps.reduce((n, s) => n + s.cellIndexes.length, 0) },
    });
    return {
      pipeline: { version: current.version, viewport: current.viewport, nodes, edges },
      addedNodeIds: next.addedNodeIds,
    };
  }, SAVE_TX_OPTIONS);
}

/** The one way a diagram is replaced: version claimed, role rules, then the rows brought in line with the body. */
async function replaceDiagram(
  tx: Tx,
  user: SessionUser,
  { project, membership }: { project: { id: string; teamId: string }; membership: { role: TTeamRole } },
  body: TPipelineSave,
): Promise<PipelineDiagram> {
  const projectId = project.id;
  const diagramId = await claimVersion(tx, user, projectId, body.baseVersion, body.viewport);

  const before = await tx.pipelineNode.findMany({
    where: { diagramId },
    select: { id: true, ownerId: true, priority: true, title: true },
  });
  const assignments = assignmentChanges(before, body.nodes);
  if (assignments.length > 0 && !can(membership.role, "pipeline.assign")) {
    throw new ForbiddenError("Only leads can set owners and priorities.");
  }
  await checkOwnersInTeam(tx, project.teamId, body.nodes);

  await deleteMissing(tx, diagramId, body);
  await upsertNodes(tx, diagramId, body.nodes);
  await upsertEdges(tx, diagramId, body.edges);

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
  return {
    version: body.baseVersion + 1,
    viewport: body.viewport,
    nodes: body.nodes.map(normaliseNode),
    edges: body.edges.map(normaliseEdge),
  };
}

/**
 * The version check, done once per write: moves the diagram from `baseVersion` to the
 * next version (and to `viewport`, if given), or throws 422 for a version from the
 * future and 409 with the current diagram for a stale one. The row stays locked until
 * the transaction ends, so no other write can interleave. Returns the diagram's id.
 */
async function claimVersion(
  tx: Tx,
  user: SessionUser,
  projectId: string,
  baseVersion: number,
  viewport?: TPipelineSave["viewport"],
): Promise<string> {
  const diagram = await tx.pipelineDiagram.upsert({ where: { projectId }, create: { projectId }, update: {} });
  if (baseVersion > diagram.version) throw aheadError(baseVersion, diagram.version);
  const { count } = await tx.pipelineDiagram.updateMany({
    where: { id: diagram.id, version: baseVersion },
    data: {
      version: { increment: 1 },
      updatedById: user.id,
      ...(viewport && { viewportX: viewport.x, viewportY: viewport.y, viewportZoom: viewport.zoom }),
    },
  });
  if (count === 0) throw staleError(await readDiagram(tx, projectId));
  return diagram.id;
}

/**
 * The imported nodes and edges, validated as a save would validate them; the counts are
 * checked for the combined diagram. Ids are random (lib/pipeline/ids.ts): one that is
 * already taken is a bug, not bad input.
 */
function checkAdded(
  current: PipelineDiagram,
  next: { nodes: PipelineNode[]; edges: PipelineEdge[] },
): { nodes: PipelineNode[]; edges: PipelineEdge[] } {
  if (next.nodes.length > MAX_NODES)
    throw new AppError(
      "invalid_input",
      `A diagram has at most ${MAX_NODES} nodes; this import would make ${next.nodes.length}.`,
    );
  if (next.edges.length > MAX_EDGES)
    throw new AppError(
      "invalid_input",
      `A diagram has at most ${MAX_EDGES} edges; this import would make ${next.edges.length}.`,
    );
  const nodes = z.array(ZPipelineNode).parse(next.nodes.slice(current.nodes.length)).map(normaliseNode);
  const edges = z.array(ZPipelineEdge).parse(next.edges.slice(current.edges.length)).map(normaliseEdge);
  const taken = new Set([...current.nodes.map((n) => n.id), ...current.edges.map((e) => e.id)]);
  if ([...nodes, ...edges].some((element) => taken.has(element.id)))
    throw new Error("An imported element id is already in the diagram.");
  return { nodes, edges };
}

// A 5,000-node replace takes a few seconds on the embedded database; the default 5 s
// interactive-transaction timeout is too tight for it.
const SAVE_TX_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

function normaliseNode(node: z.infer<typeof ZPipelineNode>): PipelineNode {
  return {
    ...node,
    description: node.description ?? "",
    category: node.category ?? null,
    ownerId: node.ownerId ?? null,
    priority: node.priority ?? null,
    sourceCells: node.sourceCells?.length ? node.sourceCells : null,
  };
}

function normaliseEdge(edge: z.infer<typeof ZPipelineEdge>): PipelineEdge {
  return { id: edge.id, source: edge.source, target: edge.target, label: edge.label ?? null };
}

const aheadError = (baseVersion: number, saved: number) =>
  new AppError("invalid_input", `baseVersion ${baseVersion} is ahead of the saved version ${saved}.`);

const staleError = (current: PipelineDiagram) =>
  new ConflictError("Someone else changed this pipeline since you loaded it.", { current });

type Assignment = { nodeId: string; title: string; ownerId: string | null; priority: string | null };

/** Nodes whose owner or priority differ from what was saved (a new node counts if it has either). */
function assignmentChanges(
  before: { id: string; ownerId: string | null; priority: string | null }[],
  nodes: TPipelineSave["nodes"],
): Assignment[] {
  const saved = new Map(before.map((n) => [n.id, n]));
  return nodes
    .filter((node) => {
      const old = saved.get(node.id);
      return (node.ownerId ?? null) !== (old?.ownerId ?? null) || (node.priority ?? null) !== (old?.priority ?? null);
    })
    .map((node) => ({
      nodeId: node.id,
      title: node.title,
      ownerId: node.ownerId ?? null,
      priority: node.priority ?? null,
    }));
}

async function checkOwnersInTeam(tx: Tx, teamId: string, nodes: TPipelineSave["nodes"]) {
  const ownerIds = [...new Set(nodes.map((n) => n.ownerId).filter((id): id is string => !!id))];
  if (ownerIds.length === 0) return;
  const found = await tx.membership.findMany({ where: { teamId, id: { in: ownerIds } }, select: { id: true } });
  const missing = ownerIds.filter((id) => !found.some((m) => m.id === id));
  if (missing.length > 0) throw new AppError("invalid_input", `ownerId ${missing[0]} is not a member of this team.`);
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
