import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { defaultPlacement } from "@/lib/roadmap/stage-rules";
import { can } from "@/lib/teams/roles";
import {
  ZRoadmapBulkCreate,
  ZRoadmapItemCreate,
  type TRoadmapItem,
  type TRoadmapItemCreateParsed,
} from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { getDb, type Tx } from "./db";
import { ConflictError, ForbiddenError } from "./errors";
import { checkReferences, invalid } from "./roadmap-checks";
import { recordItemEvents, type Changes } from "./roadmap-history";
import { bumpRoadmapVersion } from "./roadmap-locks";
import { dateOnly, itemOut, itemSelect, itemsOut, type ItemRow } from "./roadmap-rows";
import type { SessionUser } from "./session";

// Creating roadmap items: one by hand or from "Add to roadmap" / "Automate this"
// (roadmap.propose), or a whole reviewed proposal at once (roadmap.plan). A sourceKey is
// on a project's roadmap at most once: creating it again answers the existing item, so a
// double click stores nothing twice. Updates and deletes are in ./roadmap-update.ts.

export type Access = Awaited<ReturnType<typeof requireProjectAccess>>;

/** POST …/roadmap/items: the item, and whether it was made now (201) or found by its sourceKey (200). */
export async function createItem(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<{ item: TRoadmapItem; created: boolean }> {
  const data = ZRoadmapItemCreate.parse(input);
  try {
    return await getDb().$transaction(async (tx) => {
      const access = await requireProjectAccess(tx, user, projectId, "roadmap.propose");
      const teamId = access.project.teamId;
      const found = data.sourceKey ? await bySourceKey(tx, projectId, data.sourceKey) : null;
      if (found) return { item: await itemOut(tx, teamId, found), created: false };
      const [row] = await insertItems(tx, user, access, [data], () => "");
      return { item: await itemOut(tx, teamId, row!), created: true };
    });
  } catch (error) {
    // Two requests for the same key at once: the loser answers the winner's row.
    if (data.sourceKey && isUniqueViolation(error)) {
      const db = getDb();
      const row = await bySourceKey(db, projectId, data.sourceKey);
      const project = row && (await db.project.findUnique({ where: { id: projectId }, select: { teamId: true } }));
      if (row && project) return { item: await itemOut(db, project.teamId, row), created: false };
    }
    throw error;
  }
}

/** POST …/roadmap/items/bulk: a reviewed proposal, all or nothing, in the order sent (leads only). */
export async function createItems(user: SessionUser, projectId: string, input: unknown): Promise<TRoadmapItem[]> {
  const { items } = ZRoadmapBulkCreate.parse(input);
  const keys = items.map((i) => i.sourceKey ?? null);
  const repeated = keys.flatMap((k, i) => (k !== null && keys.indexOf(k) !== i ? [i] : []));
  if (repeated.length)
    throw invalid(
      repeated.map((i) => ({ path: `items.${i}.sourceKey`, message: "repeats an earlier item's sourceKey." })),
    );
  return getDb().$transaction(
    async (tx) => {
      const access = await requireProjectAccess(tx, user, projectId, "roadmap.plan");
      const taken = keys.filter((k): k is string => k !== null);
      if (taken.length) {
        const existing = await tx.roadmapItem.findMany({
          where: { projectId, sourceKey: { in: taken } },
          select: { sourceKey: true },
        });
        if (existing.length)
          throw new ConflictError(
            `Already on the roadmap: ${existing.map((e) => e.sourceKey).join(", ")}. Reload the proposal.`,
            { sourceKeys: existing.map((e) => e.sourceKey) },
          );
      }
      const rows = await insertItems(tx, user, access, items, (i) => `items.${i}.`);
      return itemsOut(tx, access.project.teamId, rows);
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

/**
 * Inserts items at the end of their stages after the checks (owner and priority are the
 * leads', references must exist). Locks the project's order first and bumps its version:
 * a reorder must name the new items too.
 */
async function insertItems(
  tx: Tx,
  user: SessionUser,
  { project, membership }: Access,
  items: TRoadmapItemCreateParsed[],
  prefix: (index: number) => string,
): Promise<ItemRow[]> {
  if (!can(membership.role, "roadmap.plan") && items.some((i) => i.ownerId || i.priority))
    throw new ForbiddenError("Only leads can assign owners and priorities.");
  await checkReferences(
    tx,
    project,
    items.map((item, i) => ({ prefix: prefix(i), ownerId: item.ownerId, nodeIds: item.nodeIds })),
  );
  await bumpRoadmapVersion(tx, project.id);
  const counts = await tx.roadmapItem.groupBy({
    by: ["stage"],
    where: { projectId: project.id },
    _count: { _all: true },
  });
  const next = new Map(counts.map((c) => [c.stage, c._count._all]));
  const data = items.map((item) => {
    const placement = defaultPlacement({ componentId: item.componentId ?? null });
    const stage = item.stage ?? placement.stage;
    const position = next.get(stage) ?? 0;
    next.set(stage, position + 1);
    return {
      projectId: project.id,
      title: item.title,
      doneWhen: item.doneWhen,
      detail: item.detail,
      phase: item.phase ?? placement.phase,
      componentId: item.componentId ?? null,
      toolSlug: item.toolSlug ?? null,
      nodeIds: item.nodeIds,
      ownerId: item.ownerId ?? null,
      priority: item.priority ?? null,
      stage,
      position,
      targetDate: item.targetDate ? new Date(`${item.targetDate}T00:00:00Z`) : null,
      source: item.source,
      sourceKey: item.sourceKey ?? null,
      createdById: user.id,
    };
  });
  // Two statements however many items: the rows, then their history.
  const created = await tx.roadmapItem.createManyAndReturn({ data, select: itemSelect });
  // Each new item has its own (stage, position), which puts the rows back in the order sent.
  const byPlace = new Map(created.map((row) => [`${row.stage}:${row.position}`, row]));
  const rows = data.map((d) => byPlace.get(`${d.stage}:${d.position}`)!);
  await recordItemEvents(
    tx,
    rows.map((row) => ({
      teamId: project.teamId,
      projectId: project.id,
      actorId: user.id,
      action: "roadmap_item.created" as const,
      itemId: row.id,
      version: row.version,
      changes: createdChanges(row),
    })),
  );
  return rows;
}

/** A new item's history entry: every field set, from null. */
function createdChanges(row: ItemRow): Changes {
  const changes: Changes = {};
  const set = (field: string, value: Prisma.InputJsonValue | null) => {
    if (value !== null && value !== "" && !(Array.isArray(value) && value.length === 0))
      changes[field] = { from: null, to: value };
  };
  set("title", row.title);
  set("doneWhen", row.doneWhen);
  set("detail", row.detail);
  set("phase", row.phase);
  set("componentId", row.componentId);
  set("toolSlug", row.toolSlug);
  set("nodeIds", row.nodeIds);
  set("ownerId", row.ownerId);
  set("priority", row.priority);
  set("status", row.status);
  set("stage", row.stage);
  set("targetDate", row.targetDate ? dateOnly(row.targetDate) : null);
  return changes;
}

export function bySourceKey(db: Tx | ReturnType<typeof getDb>, projectId: string, sourceKey: string) {
  return db.roadmapItem.findUnique({ where: { projectId_sourceKey: { projectId, sourceKey } }, select: itemSelect });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
