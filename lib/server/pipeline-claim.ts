import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPipelineSave } from "@/lib/validation/pipeline";
import { sqlName, type Tx } from "./db";

/** A saved node's assignment, as the role check of a save compares it (./pipeline.ts). */
export type SavedAssignment = { id: string; ownerId: string | null; priority: string | null };

export type SavedVersionClaim = {
  diagramId: string;
  /** The nodes' owners and priorities as saved before this save. */
  saved: SavedAssignment[];
  /** Which of the owner ids asked about are memberships of the team. */
  teamOwnerIds: string[];
};

const table = (name: string) => Prisma.raw(sqlName(name));

/** The distinct owners the nodes name. */
export const ownerIdsOf = (nodes: TPipelineSave["nodes"]): string[] => [
  ...new Set(nodes.map((n) => n.ownerId).filter((id): id is string => !!id)),
];

/**
 * The usual save, from the version that is saved: moves the diagram to the next version (the
 * row stays locked until the transaction ends) and reads what the save's checks need, the
 * saved assignments and which owners are in the team, in one statement instead of four.
 * null when the diagram is not at `baseVersion` (another save came first, or there is no
 * diagram yet): the caller takes the longer path that creates, merges or refuses.
 */
export async function claimSavedVersion(
  tx: Tx,
  { projectId, teamId, userId, body }: { projectId: string; teamId: string; userId: string; body: TPipelineSave },
): Promise<SavedVersionClaim | null> {
  const ownerIds = ownerIdsOf(body.nodes);
  // updatedAt by hand: Prisma sets @updatedAt itself, raw SQL does not.
  const [row] = await tx.$queryRaw<{ id: string; saved: SavedAssignment[]; owners: string[] }[]>`
    WITH claim AS (
      UPDATE ${table("PipelineDiagram")}
         SET "version" = "version" + 1, "updatedById" = ${userId}, "updatedAt" = now(),
             "viewportX" = ${body.viewport.x}, "viewportY" = ${body.viewport.y}, "viewportZoom" = ${body.viewport.zoom}
       WHERE "projectId" = ${projectId} AND "version" = ${body.baseVersion}
      RETURNING "id"
    )
    SELECT c."id",
           coalesce((SELECT json_agg(json_build_object('id', n."id", 'ownerId', n."ownerId", 'priority', n."priority"))
                       FROM ${table("PipelineNode")} n WHERE n."diagramId" = c."id"), '[]'::json) AS saved,
           ARRAY(SELECT m."id" FROM ${table("Membership")} m
                  WHERE m."teamId" = ${teamId} AND m."id" = ANY(${ownerIds}::text[])) AS owners
      FROM claim c`;
  return row ? { diagramId: row.id, saved: row.saved, teamOwnerIds: row.owners } : null;
}
