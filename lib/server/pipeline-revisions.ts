import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { mergeDiagrams, type DiagramElements, type MergeConflict } from "@/lib/pipeline/merge";
import type { PipelineEdge, PipelineNode } from "@/lib/pipeline/types";
import { sqlName, type Tx } from "./db";
import type { DiagramRef } from "./pipeline-rows";

// The elements of the last few saved versions of a diagram (PipelineRevision). A save made
// from an older version is merged against the version it started from (lib/pipeline/merge.ts):
// two people editing different nodes both keep their edits. Older bases are pruned; a save
// from before the kept window is a conflict as before, which the editor resolves by choice.

/** How many versions back a save can still be merged. Autosaves come every second or so while editing. */
export const KEPT_REVISIONS = 20;

/**
 * Records the diagram's elements as saved at `version`, and drops what is older than the
 * window, in one statement. The elements go as one JSON string each, cast by PostgreSQL:
 * through Prisma's Json input (pipelineRevision.create) the snapshot of a 500-node save took
 * 94 ms of a 242 ms save under load (scripts/bench-save-path.ts, BENCHMARKS.md).
 */
export async function recordRevision(tx: Tx, diagramId: string, version: number, elements: DiagramElements) {
  const { prune, insert } = REVISION_SQL(diagramId, version, elements, Prisma.sql`TRUE`);
  await tx.$executeRaw`WITH pruned AS (${prune}) ${insert}`;
}

/** recordRevision's two statements, written only if `onlyIf` holds: parts of ./pipeline-write.ts's one statement. */
export const REVISION_SQL = (
  diagramId: DiagramRef,
  version: number,
  elements: DiagramElements,
  onlyIf: Prisma.Sql,
) => ({
  prune: Prisma.sql`
    DELETE FROM ${table} WHERE "diagramId" = ${diagramId} AND "version" <= ${version - KEPT_REVISIONS} AND ${onlyIf}`,
  insert: Prisma.sql`
    INSERT INTO ${table} ("diagramId", "version", "nodes", "edges")
    SELECT ${diagramId}, ${version}, ${JSON.stringify(elements.nodes)}::jsonb, ${JSON.stringify(elements.edges)}::jsonb
    WHERE ${onlyIf}`,
});

const table = Prisma.raw(sqlName("PipelineRevision"));

/** The elements as saved at `version`; version 0 is the empty diagram; null once pruned (or never kept). */
export async function readRevision(tx: Tx, diagramId: string, version: number): Promise<DiagramElements | null> {
  if (version === 0) return { nodes: [], edges: [] };
  const row = await tx.pipelineRevision.findUnique({ where: { diagramId_version: { diagramId, version } } });
  if (!row) return null;
  // Written by recordRevision from validated, normalised elements only.
  return { nodes: row.nodes as unknown as PipelineNode[], edges: row.edges as unknown as PipelineEdge[] };
}

export type StaleSaveOutcome =
  | { kind: "merged"; elements: DiagramElements }
  | { kind: "conflict"; conflicts: MergeConflict[] }
  | { kind: "no-base" };

/** What to do with a save from `baseVersion` when `theirs` was saved since. */
export async function mergeStaleSave(
  tx: Tx,
  diagramId: string,
  baseVersion: number,
  mine: DiagramElements,
  theirs: DiagramElements,
): Promise<StaleSaveOutcome> {
  const base = await readRevision(tx, diagramId, baseVersion);
  if (!base) return { kind: "no-base" };
  const { conflicts, ...elements } = mergeDiagrams(base, mine, theirs);
  return conflicts.length > 0 ? { kind: "conflict", conflicts } : { kind: "merged", elements };
}
