import "server-only";
import type { PipelineDiagram } from "@/lib/pipeline/types";
import { describeConflicts, type DiagramElements, type MergeConflict } from "@/lib/pipeline/merge";
import { can, type TTeamRole } from "@/lib/teams/roles";
import { ZCuid } from "@/lib/validation/common";
import { ZPipelineSave, type TPipelineSave } from "@/lib/validation/pipeline";
import { projectAccessSql, requireProjectAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, type Db, type Tx } from "./db";
import { AppError, ConflictError, ForbiddenError } from "./errors";
import { countStaleSave } from "./observability/metrics";
import { aheadError, checkCounts, normaliseEdge, normaliseNode, SAVE_TX_OPTIONS, staleError } from "./pipeline-checks";
import { checkedClaimSql, ownerIdsOf } from "./pipeline-claim";
import { readDiagram } from "./pipeline-read";
import { mergeStaleSave } from "./pipeline-revisions";
import { writeDiagramRows } from "./pipeline-write";
import type { SessionUser } from "./session";
import { StampedCache } from "./stamped-cache";

// Reading and saving a project's diagram. Imports of notebook steps are ./pipeline-import.ts,
// the roadmap's automation of nodes ./pipeline-automate.ts; all three share the checks
// (./pipeline-checks.ts) and reads (./pipeline-read.ts).

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
