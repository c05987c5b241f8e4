import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlName, type Tx } from "./db";

// What a node has beside its row (its notebook cells, its notebook group) is not part of the
// diagram a save sends. Deleting a node must not lose it: undo brings the node back, with its
// id, and the inspector would show no source. So a deleted node's cells and group membership
// are detached (detachedAt set), not deleted, and a save that has the node again re-attaches
// them. Detached rows older than DETACHED_DAYS are dropped: long past any open tab's undo.

const DETACHED_DAYS = 7;

const table = (name: string) => Prisma.raw(sqlName(name));

/** After `deletedIds` left the diagram: detach their cells and group rows, and drop long-detached ones. */
export async function detachNodeExtras(tx: Tx, diagramId: string, deletedIds: string[]): Promise<void> {
  if (deletedIds.length === 0) return;
  await tx.$executeRaw`
    WITH cells AS (
      UPDATE ${table("PipelineNodeCell")} SET "detachedAt" = now()
      WHERE "diagramId" = ${diagramId} AND "detachedAt" IS NULL AND "nodeId" = ANY(${deletedIds}::text[])
    ), old_cells AS (
      DELETE FROM ${table("PipelineNodeCell")}
      WHERE "diagramId" = ${diagramId} AND "detachedAt" < now() - make_interval(days => ${DETACHED_DAYS})
    ), old_groups AS (
      DELETE FROM ${table("PipelineNodeGroup")}
      WHERE "diagramId" = ${diagramId} AND "detachedAt" < now() - make_interval(days => ${DETACHED_DAYS})
    )
    UPDATE ${table("PipelineNodeGroup")} SET "detachedAt" = now()
    WHERE "diagramId" = ${diagramId} AND "detachedAt" IS NULL AND "nodeId" = ANY(${deletedIds}::text[])`;
}

/** `nodeIds` were just inserted: any of them that were deleted before (undo) get their rows again. */
export async function reattachNodeExtras(tx: Tx, diagramId: string, nodeIds: string[]): Promise<void> {
  if (nodeIds.length === 0) return;
  // Both parts find nothing through the (diagramId, detachedAt) indexes when no node was deleted.
  await tx.$executeRaw`
    WITH cells AS (
      UPDATE ${table("PipelineNodeCell")} SET "detachedAt" = NULL
      WHERE "diagramId" = ${diagramId} AND "detachedAt" IS NOT NULL AND "nodeId" = ANY(${nodeIds}::text[])
    )
    UPDATE ${table("PipelineNodeGroup")} SET "detachedAt" = NULL
    WHERE "diagramId" = ${diagramId} AND "detachedAt" IS NOT NULL AND "nodeId" = ANY(${nodeIds}::text[])`;
}
