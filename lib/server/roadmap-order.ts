import "server-only";
import { positionChanges, validateReorder } from "@/lib/roadmap/order";
import type { OrderedItem } from "@/lib/roadmap/types";
import { ZRoadmapOrder } from "@/lib/validation/roadmap";
import type { TRoadmapItem } from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { getDb, sqlName, type Tx } from "./db";
import { AppError } from "./errors";
import { recordItemEvents } from "./roadmap-history";
import { bumpRoadmapVersion } from "./roadmap-locks";
import { itemsOut, listItemRows } from "./roadmap-rows";
import type { SessionUser } from "./session";

// PUT …/roadmap/order: the leads' drag and drop. The body names every item exactly once
// per stage list (lib/roadmap/order.ts checks it); the order has its own version
// (Project.roadmapVersion), so a stale reorder is 409 with the saved order, never a
// silent overwrite of someone else's move. Only items whose stage or position changed
// are written; a stage change is an item change too (its version moves on), a position
// change alone is not (it is the order's, guarded by roadmapVersion).

export type RoadmapOrderAnswer = { roadmapVersion: number; items: TRoadmapItem[] };

export async function reorderRoadmap(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<RoadmapOrderAnswer> {
  const body = ZRoadmapOrder.parse(input);
  return getDb().$transaction(
    async (tx) => {
      const { project } = await requireProjectAccess(tx, user, projectId, "roadmap.plan");
      const roadmapVersion = await bumpRoadmapVersion(tx, projectId, body.roadmapVersion);
      if (roadmapVersion === null) {
        throw new AppError("roadmap_order_conflict", "Someone else changed the roadmap's order since you loaded it.", {
          current: await currentOrder(tx, project),
        });
      }
      const rows = await listItemRows(tx, projectId);
      const checked = validateReorder(
        rows.map((r) => r.id),
        body.stages,
      );
      if (!checked.ok) {
        const { duplicates, missing, unknown, message } = checked.error;
        const issues = [
          ...duplicates.map((id) => ({ path: "stages", message: `${id} is named more than once.` })),
          ...missing.map((id) => ({ path: "stages", message: `${id} is missing.` })),
          ...unknown.map((id) => ({ path: "stages", message: `${id} is not an item of this roadmap.` })),
        ].slice(0, 20);
        throw new AppError("invalid_input", message, { issues, duplicates, missing, unknown });
      }
      const byId = new Map(rows.map((r) => [r.id, r]));
      const changed = positionChanges(rows, checked.order);
      const versions = await writePositions(tx, changed, byId);
      await recordItemEvents(
        tx,
        changed.map((next) => {
          const before = byId.get(next.id)!;
          const moved = before.stage !== next.stage;
          return {
            teamId: project.teamId,
            projectId,
            actorId: user.id,
            action: moved ? ("roadmap_item.moved" as const) : ("roadmap_item.reordered" as const),
            itemId: next.id,
            version: versions.get(next.id)!,
            changes: {
              ...(moved && { stage: { from: before.stage, to: next.stage } }),
              position: { from: before.position, to: next.position },
            },
            extra: { roadmapVersion },
          };
        }),
      );
      return { roadmapVersion, items: await itemsOut(tx, project.teamId, await listItemRows(tx, projectId)) };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/** The saved order, for the 409 (the project row as read before the failed version claim). */
async function currentOrder(tx: Tx, project: { id: string; teamId: string }): Promise<RoadmapOrderAnswer> {
  const { roadmapVersion } = await tx.project.findUniqueOrThrow({
    where: { id: project.id },
    select: { roadmapVersion: true },
  });
  return { roadmapVersion, items: await itemsOut(tx, project.teamId, await listItemRows(tx, project.id)) };
}

/**
 * One UPDATE for every changed row (positions carry no unique constraint, so the order of
 * writes does not matter). A stage change moves the item's version on; returns each row's
 * version after the write.
 */
async function writePositions(
  tx: Tx,
  changed: readonly OrderedItem[],
  before: Map<string, { stage: string }>,
): Promise<Map<string, number>> {
  if (changed.length === 0) return new Map();
  const rows = await tx.$queryRawUnsafe<{ id: string; version: number }[]>(
    `UPDATE ${sqlName("RoadmapItem")} AS r
        SET "stage" = v."stage"::${sqlName("Stage")}, "position" = v."position",
            "version" = r."version" + CASE WHEN v."moved" THEN 1 ELSE 0 END, "updatedAt" = now()
       FROM unnest($1::text[], $2::text[], $3::int[], $4::boolean[]) AS v("id", "stage", "position", "moved")
      WHERE r."id" = v."id"
  RETURNING r."id", r."version"`,
    changed.map((c) => c.id),
    changed.map((c) => c.stage),
    changed.map((c) => c.position),
    changed.map((c) => before.get(c.id)!.stage !== c.stage),
  );
  return new Map(rows.map((r) => [r.id, r.version]));
}
