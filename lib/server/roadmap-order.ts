import "server-only";
import { positionChanges, validateReorder } from "@/lib/roadmap/order";
import { ZRoadmapOrder } from "@/lib/validation/roadmap";
import type { TRoadmapItem } from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { getDb, type Tx } from "./db";
import { AppError } from "./errors";
import { recordItemEvent } from "./roadmap-history";
import { bumpRoadmapVersion } from "./roadmap-locks";
import { listItemRows, toItem } from "./roadmap-rows";
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
          current: await currentOrder(tx, projectId),
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
      // Positions are unique per stage only by convention (no constraint), so rows can be
      // written one by one in any order.
      for (const next of changed) {
        const before = byId.get(next.id)!;
        const moved = before.stage !== next.stage;
        const after = await tx.roadmapItem.update({
          where: { id: next.id },
          data: { stage: next.stage, position: next.position, ...(moved && { version: { increment: 1 } }) },
          select: { version: true },
        });
        await recordItemEvent(tx, {
          teamId: project.teamId,
          projectId,
          actorId: user.id,
          action: moved ? "roadmap_item.moved" : "roadmap_item.reordered",
          itemId: next.id,
          version: after.version,
          changes: {
            ...(moved && { stage: { from: before.stage, to: next.stage } }),
            position: { from: before.position, to: next.position },
          },
          extra: { roadmapVersion },
        });
      }
      return { roadmapVersion, items: (await listItemRows(tx, projectId)).map(toItem) };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

async function currentOrder(tx: Tx, projectId: string): Promise<RoadmapOrderAnswer> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { roadmapVersion: true } });
  return { roadmapVersion: project.roadmapVersion, items: (await listItemRows(tx, projectId)).map(toItem) };
}
