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
import { recordItemEvent, type Changes } from "./roadmap-history";
import { bumpRoadmapVersion } from "./roadmap-locks";
import { itemSelect, toItem, type ItemRow } from "./roadmap-rows";
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
      const found = data.sourceKey ? await bySourceKey(tx, projectId, data.sourceKey) : null;
      if (found) return { item: toItem(found), created: false };
      const [row] = await insertItems(tx, user, access, [data], () => "");
      return { item: toItem(row!), created: true };
    });
  } catch (error) {
    // Two requests for the same key at once: the loser answers the winner's row.
    if (data.sourceKey && isUniqueViolation(error)) {
      const row = await bySourceKey(getDb(), projectId, data.sourceKey);
      if (row) return { item: toItem(row), created: false };
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
      return rows.map(toItem);
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
  const rows: ItemRow[] = [];
  for (const data of items) {
    const placement = defaultPlacement({ componentId: data.componentId ?? null });
    const stage = data.stage ?? placement.stage;
    const position = next.get(stage) ?? 0;
    next.set(stage, position + 1);
    const row = await tx.roadmapItem.create({
      data: {
        projectId: project.id,
        title: data.title,
        doneWhen: data.doneWhen,
        detail: data.detail,
        phase: data.phase ?? placement.phase,
        componentId: data.componentId ?? null,
        toolSlug: data.toolSlug ?? null,
        nodeIds: data.nodeIds,
        ownerId: data.ownerId ?? null,
        priority: data.priority ?? null,
        stage,
        position,
        targetDate: data.targetDate ? new Date(`${data.targetDate}T00:00:00Z`) : null,
        source: data.source,
        sourceKey: data.sourceKey ?? null,
        createdById: user.id,
      },
      select: itemSelect,
    });
    await recordItemEvent(tx, {
      teamId: project.teamId,
      projectId: project.id,
      actorId: user.id,
      action: "roadmap_item.created",
      itemId: row.id,
      version: row.version,
      changes: createdChanges(row),
    });
    rows.push(row);
  }
  return rows;
}

/** A new item's history entry: every field set, from null. */
function createdChanges(row: ItemRow): Changes {
  const item = toItem(row);
  const changes: Changes = {};
  const set = (field: string, value: Prisma.InputJsonValue | null) => {
    if (value !== null && value !== "" && !(Array.isArray(value) && value.length === 0))
      changes[field] = { from: null, to: value };
  };
  set("title", item.title);
  set("doneWhen", item.doneWhen);
  set("detail", item.detail);
  set("phase", item.phase);
  set("componentId", item.componentId);
  set("toolSlug", item.toolSlug);
  set("nodeIds", item.nodeIds);
  set("ownerId", item.owner?.id ?? null);
  set("priority", item.priority);
  set("status", item.status);
  set("stage", item.stage);
  set("targetDate", item.targetDate);
  return changes;
}

export function bySourceKey(db: Tx | ReturnType<typeof getDb>, projectId: string, sourceKey: string) {
  return db.roadmapItem.findUnique({ where: { projectId_sourceKey: { projectId, sourceKey } }, select: itemSelect });
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
