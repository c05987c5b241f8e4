import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPipelineSave } from "@/lib/validation/pipeline";
import { sqlName } from "./db";

// The version claim of a save written in one statement (./pipeline-write.ts). A save names the
// version it was made from; the claim moves the diagram from that version to the next, and the
// row stays locked until the statement ends, so no other write interleaves.

const table = (name: string) => Prisma.raw(sqlName(name));

/** The distinct owners the nodes name. */
export const ownerIdsOf = (nodes: TPipelineSave["nodes"]): string[] => [
  ...new Set(nodes.map((n) => n.ownerId).filter((id): id is string => !!id)),
];

/**
 * The claim of a save that is written in one statement with its rows (./pipeline-write.ts):
 * `checks` and `update` are the statement's first two parts. The version is claimed only if
 * `access` (./access.ts projectAccessSql) finds that the user may edit the project, the save
 * changes no owner or priority (those need the role check and the audit of
 * ./pipeline.ts's transaction) and every owner it names is a member of the team; otherwise,
 * or if the diagram is not at the save's base version, nothing is claimed (so nothing written)
 * and the save goes through requireProjectAccess (404, 403) and the transaction, which
 * refuses, audits or merges it. The checks
 * read the statement's snapshot; a save that commits after it moves the version on, which
 * the claim's own condition then sees.
 */
export function checkedClaimSql({
  projectId,
  access,
  userId,
  body,
}: {
  projectId: string;
  access: Prisma.Sql;
  userId: string;
  body: TPipelineSave;
}): { checks: Prisma.Sql; update: Prisma.Sql } {
  const nodes = body.nodes;
  const checks = Prisma.sql`
    WITH access AS (${access})
    SELECT EXISTS (SELECT FROM access)
           AND NOT EXISTS (
             SELECT FROM unnest(${nodes.map((n) => n.id)}::text[], ${nodes.map((n) => n.ownerId ?? null)}::text[],
                                ${nodes.map((n) => n.priority ?? null)}::text[]) AS u("id", "ownerId", "priority")
             LEFT JOIN ${table("PipelineNode")} n ON n."diagramId" = d."id" AND n."id" = u."id"
             WHERE n."ownerId" IS DISTINCT FROM u."ownerId" OR n."priority"::text IS DISTINCT FROM u."priority")
           AND NOT EXISTS (
             SELECT FROM unnest(${ownerIdsOf(nodes)}::text[]) AS o("id")
             WHERE NOT EXISTS (SELECT FROM ${table("Membership")} m
                               WHERE m."teamId" = (SELECT "teamId" FROM access) AND m."id" = o."id")) AS ok
      FROM ${table("PipelineDiagram")} d WHERE d."projectId" = ${projectId}`;
  // updatedAt by hand: Prisma sets @updatedAt itself, raw SQL does not.
  const update = Prisma.sql`
    UPDATE ${table("PipelineDiagram")}
       SET "version" = "version" + 1, "updatedById" = ${userId}, "updatedAt" = now(),
           "viewportX" = ${body.viewport.x}, "viewportY" = ${body.viewport.y}, "viewportZoom" = ${body.viewport.zoom}
     WHERE "projectId" = ${projectId} AND "version" = ${body.baseVersion} AND (SELECT ok FROM checks)
    RETURNING "id"`;
  return { checks, update };
}
