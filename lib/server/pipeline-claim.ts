import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPipelineSave } from "@/lib/validation/pipeline";
import { sqlName, type Tx } from "./db";

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

/**
 * The claim of a save that is written in one statement with its rows (./pipeline-write.ts):
 * `checks` and `update` are the statement's first two parts. The version is claimed only if
 * the save changes no owner or priority (those need the role check and the audit of
 * ./pipeline.ts's transaction) and every owner it names is a member of the team; otherwise,
 * or if the diagram is not at the save's base version, nothing is claimed (so nothing written)
 * and the save goes through the transaction, which refuses, audits or merges it. The checks
 * read the statement's snapshot; a save that commits after it moves the version on, which
 * the claim's own condition then sees.
 */
export function checkedClaimSql({
  projectId,
  teamId,
  userId,
  body,
}: {
  projectId: string;
  teamId: string;
  userId: string;
  body: TPipelineSave;
}): { checks: Prisma.Sql; update: Prisma.Sql } {
  const nodes = body.nodes;
  const checks = Prisma.sql`
    SELECT NOT EXISTS (
             SELECT FROM unnest(${nodes.map((n) => n.id)}::text[], ${nodes.map((n) => n.ownerId ?? null)}::text[],
                                ${nodes.map((n) => n.priority ?? null)}::text[]) AS u("id", "ownerId", "priority")
             LEFT JOIN ${table("PipelineNode")} n ON n."diagramId" = d."id" AND n."id" = u."id"
             WHERE n."ownerId" IS DISTINCT FROM u."ownerId" OR n."priority"::text IS DISTINCT FROM u."priority")
           AND NOT EXISTS (
             SELECT FROM unnest(${ownerIdsOf(nodes)}::text[]) AS o("id")
             WHERE NOT EXISTS (SELECT FROM ${table("Membership")} m WHERE m."teamId" = ${teamId} AND m."id" = o."id")) AS ok
      FROM ${table("PipelineDiagram")} d WHERE d."projectId" = ${projectId}`;
  const update = claimSql(Prisma.sql`"projectId" = ${projectId} AND (SELECT ok FROM checks)`, userId, body);
  return { checks, update };
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
  const [row] = await tx.$queryRaw<{ id: string; saved: SavedAssignment[]; owners: string[] }[]>`
    WITH claim AS (${claimSql(Prisma.sql`"projectId" = ${projectId}`, userId, body)})
    SELECT c."id",
           coalesce((SELECT json_agg(json_build_object('id', n."id", 'ownerId', n."ownerId", 'priority', n."priority"))
                       FROM ${table("PipelineNode")} n WHERE n."diagramId" = c."id"), '[]'::json) AS saved,
           ARRAY(SELECT m."id" FROM ${table("Membership")} m
                  WHERE m."teamId" = ${teamId} AND m."id" = ANY(${ownerIdsOf(body.nodes)}::text[])) AS owners
      FROM claim c`;
  return row ? { diagramId: row.id, saved: row.saved, teamOwnerIds: row.owners } : null;
}
