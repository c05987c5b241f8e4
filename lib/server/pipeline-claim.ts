import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPipelineSave } from "@/lib/validation/pipeline";
import { sqlName, type Db, type Tx } from "./db";

// A save's version claim and what its checks read beside it. A save names the version it was
// made from; the claim moves the diagram from that version to the next, and the row stays
// locked until the transaction (or the one statement) ends, so no other write interleaves.

/** A saved node's assignment, as the role check of a save compares it (./pipeline.ts). */
export type SavedAssignment = { id: string; ownerId: string | null; priority: string | null };

export type SavedForSave = {
  diagramId: string;
  /** The nodes' owners and priorities as saved before this save. */
  saved: SavedAssignment[];
  /** Which of the owner ids the save names are memberships of the team. */
  teamOwnerIds: string[];
};

const table = (name: string) => Prisma.raw(sqlName(name));

/** The distinct owners the nodes name. */
export const ownerIdsOf = (nodes: TPipelineSave["nodes"]): string[] => [
  ...new Set(nodes.map((n) => n.ownerId).filter((id): id is string => !!id)),
];

/** The UPDATE that claims the version of the diagram `match` picks (an SQL condition), returning its id. */
export function claimSql(match: Prisma.Sql, userId: string, body: TPipelineSave): Prisma.Sql {
  // updatedAt by hand: Prisma sets @updatedAt itself, raw SQL does not.
  return Prisma.sql`
    UPDATE ${table("PipelineDiagram")}
       SET "version" = "version" + 1, "updatedById" = ${userId}, "updatedAt" = now(),
           "viewportX" = ${body.viewport.x}, "viewportY" = ${body.viewport.y}, "viewportZoom" = ${body.viewport.zoom}
     WHERE ${match} AND "version" = ${body.baseVersion}
    RETURNING "id"`;
}

/** Select-list columns `saved` and `owners` for the diagram whose id is the SQL `diagramId`. */
const savedColumns = (diagramId: Prisma.Sql, teamId: string, body: TPipelineSave) => Prisma.sql`
  coalesce((SELECT json_agg(json_build_object('id', n."id", 'ownerId', n."ownerId", 'priority', n."priority"))
              FROM ${table("PipelineNode")} n WHERE n."diagramId" = ${diagramId}), '[]'::json) AS saved,
  ARRAY(SELECT m."id" FROM ${table("Membership")} m
         WHERE m."teamId" = ${teamId} AND m."id" = ANY(${ownerIdsOf(body.nodes)}::text[])) AS owners`;

type SavedRow = { id: string; saved: SavedAssignment[]; owners: string[] };
const fromRow = (row: SavedRow): SavedForSave => ({ diagramId: row.id, saved: row.saved, teamOwnerIds: row.owners });

/**
 * What a save's checks need, read without a lock: for a save that claims its version in the
 * same statement as its writes (./pipeline-write.ts), which writes nothing if any other save
 * came in between. null when the diagram is not at the save's base version (or not there).
 */
export async function readForSave(
  db: Db,
  { projectId, teamId, body }: { projectId: string; teamId: string; body: TPipelineSave },
): Promise<SavedForSave | null> {
  const [row] = await db.$queryRaw<(SavedRow & { version: number })[]>`
    SELECT d."id", d."version", ${savedColumns(Prisma.sql`d."id"`, teamId, body)}
      FROM ${table("PipelineDiagram")} d WHERE d."projectId" = ${projectId}`;
  return row && row.version === body.baseVersion ? fromRow(row) : null;
}

/**
 * In a transaction: claims the version from the save's base version and reads what its checks
 * need, in one statement. null when the diagram is not at `baseVersion` (another save came
 * first, or there is no diagram yet): the caller takes the path that creates, merges or refuses.
 */
export async function claimSavedVersion(
  tx: Tx,
  { projectId, teamId, userId, body }: { projectId: string; teamId: string; userId: string; body: TPipelineSave },
): Promise<SavedForSave | null> {
  const [row] = await tx.$queryRaw<SavedRow[]>`
    WITH claim AS (${claimSql(Prisma.sql`"projectId" = ${projectId}`, userId, body)})
    SELECT c."id", ${savedColumns(Prisma.sql`c."id"`, teamId, body)}
      FROM claim c`;
  return row ? fromRow(row) : null;
}
