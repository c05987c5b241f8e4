import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { timestamp } from "@/lib/validation/common";
import type { TRoadmapHistoryEvent } from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, type Tx } from "./db";
import { NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// An item's history is its audit events (targetType "roadmap_item"): who changed which
// fields from what to what, and the item's version after the change. The same events tell
// a stale PATCH which fields others changed since its version (changedSince), so two
// people editing different fields of one item both get their edit.

export type RoadmapAction =
  | "roadmap_item.created"
  | "roadmap_item.updated"
  | "roadmap_item.moved"
  | "roadmap_item.deleted"
  | "roadmap_item.reordered";

export type Changes = Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }>;

export async function recordItemEvent(
  tx: Tx,
  event: {
    teamId: string;
    projectId: string;
    actorId: string;
    action: RoadmapAction;
    itemId: string;
    version: number;
    changes: Changes;
    extra?: Prisma.InputJsonObject;
  },
): Promise<void> {
  await recordAudit(tx, {
    teamId: event.teamId,
    projectId: event.projectId,
    actorId: event.actorId,
    action: event.action,
    targetType: "roadmap_item",
    targetId: event.itemId,
    details: { version: event.version, changes: event.changes as Prisma.InputJsonObject, ...event.extra },
  });
}

type Details = { version?: unknown; changes?: unknown };

/** The fields changed by events that made versions after `version`. */
export async function changedSince(tx: Tx, itemId: string, version: number): Promise<Set<string>> {
  const events = await tx.auditEvent.findMany({
    where: { targetType: "roadmap_item", targetId: itemId },
    select: { details: true },
  });
  const fields = new Set<string>();
  for (const { details } of events) {
    const d = (details ?? {}) as Details;
    if (typeof d.version !== "number" || d.version <= version) continue;
    if (d.changes && typeof d.changes === "object") for (const field of Object.keys(d.changes)) fields.add(field);
  }
  return fields;
}

/** GET …/roadmap/items/:itemId/history, newest first. A deleted item's history stays readable by its id. */
export async function itemHistory(
  user: SessionUser,
  projectId: string,
  itemId: string,
): Promise<{ events: TRoadmapHistoryEvent[] }> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const rows = await db.auditEvent.findMany({
    where: { projectId, targetType: "roadmap_item", targetId: itemId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, action: true, createdAt: true, details: true, actor: { select: { id: true, name: true } } },
  });
  if (rows.length === 0) {
    const exists = await db.roadmapItem.findFirst({ where: { id: itemId, projectId }, select: { id: true } });
    if (!exists) throw new NotFoundError("Roadmap item");
  }
  return {
    events: rows.map((row) => {
      const d = (row.details ?? {}) as Details;
      return {
        id: row.id,
        action: row.action,
        actor: row.actor,
        at: timestamp(row.createdAt),
        version: typeof d.version === "number" ? d.version : null,
        changes: (d.changes && typeof d.changes === "object" ? d.changes : {}) as TRoadmapHistoryEvent["changes"],
      };
    }),
  };
}
