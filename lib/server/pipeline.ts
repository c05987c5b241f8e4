import "server-only";
import {
  Prisma,
  type PipelineDiagram as DiagramRow,
  type PipelineEdge as EdgeRow,
  type PipelineNode as NodeRow,
} from "@/lib/generated/prisma/client";
import { z } from "zod";
import { MAX_EDGES, MAX_NODES, type PipelineDiagram, type PipelineEdge, type PipelineNode } from "@/lib/pipeline/types";
import { newEdgeId, newNodeId } from "@/lib/pipeline/ids";
import { describeConflicts, type DiagramElements, type MergeConflict } from "@/lib/pipeline/merge";
import { appendImportedSteps } from "@/lib/pipeline/import-steps";
import { ZStepsImport } from "@/lib/validation/notebook-import";
import { can, type TTeamRole } from "@/lib/teams/roles";
import { ZCuid } from "@/lib/validation/common";
import { ZPipelineEdge, ZPipelineNode, ZPipelineSave, type TPipelineSave } from "@/lib/validation/pipeline";
import { projectAccessSql, requireProjectAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, sqlName, type Db, type Tx } from "./db";
import { AppError, ConflictError, ForbiddenError } from "./errors";
import { countStaleSave } from "./observability/metrics";
import { storeNodeCells } from "./pipeline-cells";
import { storeNodeGroup } from "./pipeline-groups";
import { checkedClaimSql, ownerIdsOf } from "./pipeline-claim";
import { mergeStaleSave, recordRevision } from "./pipeline-revisions";
import { nodeFromRow } from "./pipeline-rows";
import { writeDiagramRows } from "./pipeline-write";
import type { SessionUser } from "./session";
import { StampedCache } from "./stamped-cache";

const EMPTY: PipelineDiagram = { version: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes: [], edges: [] };

export async function getPipeline(user: SessionUser, projectId: string): Promise<PipelineDiagram> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  return readDiagram(db, projectId);
}

// GET …/pipeline's answers, encoded, per project while its change stamp stays the same
// (./stamped-cache.ts): the editor's reloads and every open tab read the same diagram far more
// often than anyone saves it, and reading 500 nodes through Prisma and encoding them again
// cost most of such a request. 64 MB at most (a 5,000-node diagram is about 2 MB).
const answers = new StampedCache<Uint8Array<ArrayBuffer>>(1_000, 64_000_000, (bytes) => bytes.byteLength);
const encoder = new TextEncoder();

/** GET …/pipeline's body, `{ pipeline }` as JSON bytes: what getPipeline reads, encoded once per change. */
export async function pipelineAnswer(user: SessionUser, projectId: string): Promise<Uint8Array<ArrayBuffer>> {
  const db = getDb();
  const { stamp } = await requireProjectAccess(db, user, projectId, "team.read");
  return answers.getOrMake(projectId, stamp, async () =>
    encoder.encode(JSON.stringify({ pipeline: await readDiagram(db, projectId) })),
  );
}

/** The saved version alone: the editor polls it to pick up other people's saves without a reload. */
export async function getPipelineVersion(user: SessionUser, projectId: string): Promise<number> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const row = await db.pipelineDiagram.findUnique({ where: { projectId }, select: { version: true } });
  return row?.version ?? 0;
}

/**
 * Replaces the diagram with the given nodes and edges, all or nothing. A save from the
 * saved version is written as it is; one from an older version is merged with what was saved
 * since (lib/pipeline/merge.ts) when the two do not overlap, else 409 naming the overlap.
 * Members may edit everything but owners and priorities, which are the leads' to set.
 */
export async function savePipeline(user: SessionUser, projectId: string, input: unknown): Promise<PipelineDiagram> {
  return (await savePipelineMerging(user, projectId, input)).pipeline;
}

/** As savePipeline, saying whether the save was merged with another (the answer then differs from the body). */
export async function savePipelineMerging(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<{ pipeline: PipelineDiagram; merged: boolean }> {
  const body = ZPipelineSave.parse(input);
  const mine = { nodes: body.nodes.map(normaliseNode), edges: body.edges.map(normaliseEdge) };
  const db = getDb();
  // Most saves are autosaves that pass every check: one statement checks access and writes.
  const edited = await saveEditsInPlace(db, user, projectId, body, mine);
  if (edited) return edited;
  const access = await requireProjectAccess(db, user, projectId, "pipeline.edit");
  return db.$transaction((tx) => replaceDiagram(tx, user, access, body, mine), SAVE_TX_OPTIONS);
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
  const { baseVersion, steps, links, data, cells, notebook } = ZStepsImport.parse(input);
  return getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "pipeline.edit");
    const diagramId = await claimVersion(tx, user, projectId, baseVersion);
    const current = await readDiagram(tx, projectId);
    const next = appendImportedSteps(current, steps, newNodeId, newEdgeId, { links, data });
    const added = checkAdded(current, next);
    const nodes = [...current.nodes, ...added.nodes];
    const edges = [...current.edges, ...added.edges];
    // Nothing is removed, and saved rows that did not change are left as they are (pipeline-rows.ts).
    await writeDiagramRows(tx, diagramId, current.version, { nodes, edges }, { removeMissing: false });
    if (cells) await storeNodeCells(tx, diagramId, added.nodes, cells);
    await storeNodeGroup(tx, diagramId, added.nodes, notebook?.name ?? `Notebook (${steps.length} steps)`);
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

/**
 * The usual save, in one statement and no transaction: one by a user who may edit the project,
 * from the saved version, that changes no owner or priority (every autosave of drawing and
 * editing). The statement checks access (./access.ts projectAccessSql) and the save, claims the
 * version and writes the rows (./pipeline-write.ts), and writes nothing if a check fails or
 * another save came first. Then null: the save goes through requireProjectAccess, which
 * answers 404 or 403, and replaceDiagram's transaction, which refuses it, audits its
 * assignments or merges it, with the diagram's row locked from the start.
 */
async function saveEditsInPlace(
  db: Db,
  user: SessionUser,
  projectId: string,
  body: TPipelineSave,
  mine: DiagramElements,
): Promise<{ pipeline: PipelineDiagram; merged: boolean } | null> {
  // Not an id at all: requireProjectAccess's 404, without a statement.
  if (!ZCuid.safeParse(projectId).success) return null;
  const version = body.baseVersion + 1;
  const access = projectAccessSql(user, projectId, "pipeline.edit");
  const claim = checkedClaimSql({ projectId, access, userId: user.id, body });
  const { claimed } = await writeDiagramRows(db, { claim }, version, mine, { removeMissing: true });
  return claimed ? { pipeline: { version, viewport: body.viewport, ...mine }, merged: false } : null;
}

/** The one way a diagram is replaced: version claimed (or the save merged), role rules, then the rows brought in line. */
async function replaceDiagram(
  tx: Tx,
  user: SessionUser,
  { project, membership }: { project: { id: string; teamId: string }; membership: { role: TTeamRole } },
  body: TPipelineSave,
  mine: DiagramElements,
): Promise<{ pipeline: PipelineDiagram; merged: boolean }> {
  const projectId = project.id;
  const claim = await claimForSave(tx, user, projectId, body, mine);
  const { diagramId, version, elements } = claim;

  const saved = await tx.pipelineNode.findMany({
    where: { diagramId },
    select: { id: true, ownerId: true, priority: true },
  });
  // Against the saved rows: after a merge these are only this save's own assignments.
  const assignments = assignmentChanges(saved, elements.nodes);
  if (assignments.length > 0 && !can(membership.role, "pipeline.assign")) {
    throw new ForbiddenError("Only leads can set owners and priorities.");
  }
  await checkOwnersInTeam(tx, project.teamId, elements.nodes);

  await writeDiagramRows(tx, diagramId, version, elements, { removeMissing: true });

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
  // What was written is what the body (or the merge) said: no need to read thousands of rows back.
  return { pipeline: { version, viewport: body.viewport, ...elements }, merged: claim.merged };
}

/**
 * The version step of a save in the transaction. From the saved version: the body as it is
 * (a first save creates the diagram; one that changes assignments, or loses the one-statement
 * path's race to a save that then failed, comes here too). From an older one:
 * the row is locked by the version bump, so what was saved since cannot change under the
 * merge; no base kept or an overlap is the 409 of old, the overlap named.
 */
async function claimForSave(
  tx: Tx,
  user: SessionUser,
  projectId: string,
  body: TPipelineSave,
  mine: DiagramElements,
): Promise<{ diagramId: string; version: number; elements: DiagramElements; merged: boolean }> {
  const diagram = await tx.pipelineDiagram.upsert({ where: { projectId }, create: { projectId }, update: {} });
  if (body.baseVersion > diagram.version) throw aheadError(body.baseVersion, diagram.version);
  const stamp = { updatedById: user.id, ...viewportColumns(body.viewport) };
  const { count } = await tx.pipelineDiagram.updateMany({
    where: { id: diagram.id, version: body.baseVersion },
    data: { version: { increment: 1 }, ...stamp },
  });
  if (count === 1) return { diagramId: diagram.id, version: body.baseVersion + 1, elements: mine, merged: false };

  const theirs = await readDiagram(tx, projectId);
  const { version } = await tx.pipelineDiagram.update({
    where: { id: diagram.id },
    data: { version: { increment: 1 }, ...stamp },
    select: { version: true },
  });
  // Read before the bump took the row: check nothing was saved in between.
  if (version !== theirs.version + 1) {
    countStaleSave("conflict_stale");
    throw staleError(await readDiagram(tx, projectId));
  }
  const outcome = await mergeStaleSave(tx, diagram.id, body.baseVersion, mine, theirs);
  // Counted for /api/metrics: a rising share of 409s means autosaves collide.
  countStaleSave(
    outcome.kind === "merged" ? "merged" : outcome.kind === "no-base" ? "conflict_stale" : "conflict_overlap",
  );
  if (outcome.kind === "no-base") throw staleError(theirs);
  if (outcome.kind === "conflict") throw overlapError(theirs, outcome.conflicts);
  checkCounts(outcome.elements, "the merged diagram");
  return { diagramId: diagram.id, version, elements: outcome.elements, merged: true };
}

const viewportColumns = (viewport: TPipelineSave["viewport"]) => ({
  viewportX: viewport.x,
  viewportY: viewport.y,
  viewportZoom: viewport.zoom,
});

/**
 * The version check of an import: moves the diagram from `baseVersion` to the next version, or throws 422 for a version from the
 * future and 409 with the current diagram for a stale one. The row stays locked until
 * the transaction ends, so no other write can interleave. Returns the diagram's id.
 */
async function claimVersion(tx: Tx, user: SessionUser, projectId: string, baseVersion: number): Promise<string> {
  const diagram = await tx.pipelineDiagram.upsert({ where: { projectId }, create: { projectId }, update: {} });
  if (baseVersion > diagram.version) throw aheadError(baseVersion, diagram.version);
  const { count } = await tx.pipelineDiagram.updateMany({
    where: { id: diagram.id, version: baseVersion },
    data: { version: { increment: 1 }, updatedById: user.id },
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
  checkCounts(next, "this import");
  const nodes = z.array(ZPipelineNode).parse(next.nodes.slice(current.nodes.length)).map(normaliseNode);
  const edges = z.array(ZPipelineEdge).parse(next.edges.slice(current.edges.length)).map(normaliseEdge);
  const taken = new Set([...current.nodes.map((n) => n.id), ...current.edges.map((e) => e.id)]);
  if ([...nodes, ...edges].some((element) => taken.has(element.id)))
    throw new Error("An imported element id is already in the diagram.");
  return { nodes, edges };
}

function checkCounts(elements: { nodes: unknown[]; edges: unknown[] }, what: string) {
  if (elements.nodes.length > MAX_NODES)
    throw new AppError(
      "invalid_input",
      `A diagram has at most ${MAX_NODES} nodes; ${what} would have ${elements.nodes.length}.`,
    );
  if (elements.edges.length > MAX_EDGES)
    throw new AppError(
      "invalid_input",
      `A diagram has at most ${MAX_EDGES} edges; ${what} would have ${elements.edges.length}.`,
    );
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

/** A stale save that touched what the other one did: `conflicts` names the elements and fields. */
const overlapError = (current: PipelineDiagram, conflicts: MergeConflict[]) =>
  new ConflictError(`Someone else changed the same things: ${describeConflicts(conflicts)}.`, { current, conflicts });

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
  const ownerIds = ownerIdsOf(nodes);
  if (ownerIds.length === 0) return;
  const found = await tx.membership.findMany({ where: { teamId, id: { in: ownerIds } }, select: { id: true } });
  const missing = ownerIds.find((id) => !found.some((m) => m.id === id));
  if (missing) throw new AppError("invalid_input", `ownerId ${missing} is not a member of this team.`);
}

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
