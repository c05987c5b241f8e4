import "server-only";
import { sqlName, type Tx } from "./db";

// Row locks of the roadmap's writes, always taken in this order: the project row (its
// roadmapVersion, the order's version) before any item row, so a reorder and a stage
// move never deadlock. Raw SQL, so that bumping the order's version leaves the
// project's updatedAt (its list order) alone.

/**
 * Moves the project's roadmapVersion on by one and returns the new value, locking the
 * row until the transaction ends. With `expected`, only from that version: null when the
 * order changed since (a stale reorder).
 */
export async function bumpRoadmapVersion(tx: Tx, projectId: string, expected?: number): Promise<number | null> {
  const table = sqlName("Project");
  const rows =
    expected === undefined
      ? await tx.$queryRawUnsafe<{ roadmapVersion: number }[]>(
          `UPDATE ${table} SET "roadmapVersion" = "roadmapVersion" + 1 WHERE "id" = $1 RETURNING "roadmapVersion"`,
          projectId,
        )
      : await tx.$queryRawUnsafe<{ roadmapVersion: number }[]>(
          `UPDATE ${table} SET "roadmapVersion" = "roadmapVersion" + 1 WHERE "id" = $1 AND "roadmapVersion" = $2 RETURNING "roadmapVersion"`,
          projectId,
          expected,
        );
  return rows[0]?.roadmapVersion ?? null;
}

/** Locks one item of the project until the transaction ends; false when there is no such item. */
export async function lockItem(tx: Tx, projectId: string, itemId: string): Promise<boolean> {
  const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM ${sqlName("RoadmapItem")} WHERE "id" = $1 AND "projectId" = $2 FOR UPDATE`,
    itemId,
    projectId,
  );
  return rows.length > 0;
}
