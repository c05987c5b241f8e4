import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/teams/roles";
import {
  ROADMAP_ITEM_FIELDS,
  ZRoadmapDeleteQuery,
  ZRoadmapItemPatch,
  type TRoadmapItem,
  type TRoadmapItemField,
  type TRoadmapItemPatchParsed,
} from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { getDb } from "./db";
import { AppError, ForbiddenError, NotFoundError } from "./errors";
import { automateDiagramNodes } from "./pipeline-automate";
import { checkFieldPermissions, checkReferences } from "./roadmap-checks";
import { changedSince, recordItemEvent, type Changes } from "./roadmap-history";
import { bumpRoadmapVersion, lockItem } from "./roadmap-locks";
import { dateOnly, itemOut, itemSelect, type ItemRow } from "./roadmap-rows";
import type { SessionUser } from "./session";

// Changing and deleting one roadmap item. A PATCH names the version it read. When the item
// moved on since, the fields others changed (from the item's audit events) are compared
// with the fields this PATCH changes: an overlap is a real conflict (409 naming the fields,
// with the saved item), no overlap is applied on top, so no edit is lost silently and two
// people editing different fields never block each other.

/** The item's fields as the PATCH body names them, comparable with what was sent. */
function fieldValues(row: ItemRow): Record<TRoadmapItemField, Prisma.InputJsonValue | null> {
  return {
    title: row.title,
    doneWhen: row.doneWhen,
    detail: row.detail,
    phase: row.phase,
    componentId: row.componentId,
    toolSlug: row.toolSlug,
    nodeIds: row.nodeIds,
    ownerId: row.ownerId,
    priority: row.priority,
    status: row.status,
    stage: row.stage,
    targetDate: row.targetDate ? dateOnly(row.targetDate) : null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields the body sets to something other than what is saved. */
function changesOf(row: ItemRow, body: TRoadmapItemPatchParsed): Changes {
  const before = fieldValues(row);
  const changes: Changes = {};
  for (const field of ROADMAP_ITEM_FIELDS) {
    const to = body[field];
    if (to === undefined || same(before[field], to)) continue;
    changes[field] = { from: before[field], to: to as Prisma.InputJsonValue | null };
  }
  return changes;
}

export type ItemUpdate = { item: TRoadmapItem; automatedNodeIds?: string[] };

export async function updateItem(
  user: SessionUser,
  projectId: string,
  itemId: string,
  input: unknown,
): Promise<ItemUpdate> {
  const body = ZRoadmapItemPatch.parse(input);
  return getDb().$transaction(async (tx) => {
    const { project, membership } = await requireProjectAccess(tx, user, projectId, "team.read");
    if (!can(membership.role, "roadmap.propose")) throw new ForbiddenError();
    const seen = await tx.roadmapItem.findFirst({ where: { id: itemId, projectId }, select: { stage: true } });
    if (!seen) throw new NotFoundError("Roadmap item");
    // A stage move changes the order: take the order's lock before the item's (./roadmap-locks.ts).
    const moves = body.stage !== undefined && body.stage !== seen.stage;
    let newRoadmapVersion = moves ? await bumpRoadmapVersion(tx, projectId) : null;
    if (!(await lockItem(tx, projectId, itemId))) throw new NotFoundError("Roadmap item");
    const row = (await tx.roadmapItem.findUnique({ where: { id: itemId }, select: itemSelect }))!;
    if (body.version > row.version)
      throw new AppError("invalid_input", `version ${body.version} is ahead of the saved version ${row.version}.`, {
        issues: [{ path: "version", message: `is ahead of the saved version ${row.version}.` }],
      });

    const changes = changesOf(row, body);
    const fields = Object.keys(changes) as TRoadmapItemField[];
    checkFieldPermissions(membership, row, fields);
    if (body.version < row.version) {
      const theirs = await changedSince(tx, itemId, body.version);
      const overlap = fields.filter((f) => theirs.has(f));
      if (overlap.length)
        throw new AppError(
          "roadmap_item_conflict",
          `Someone else changed ${overlap.join(", ")} of this item since you loaded it.`,
          { fields: overlap, current: await itemOut(tx, project.teamId, row) },
        );
    }
    await checkReferences(tx, project, [
      {
        prefix: "",
        ownerId: changes.ownerId ? body.ownerId : null,
        nodeIds: changes.nodeIds ? body.nodeIds : [],
        linked: row.nodeIds,
      },
    ]);

    const automatedNodeIds =
      body.automateNodes && body.status === "DONE"
        ? await automateDiagramNodes(tx, user, projectId, row.nodeIds)
        : undefined;
    if (fields.length === 0)
      return { item: await itemOut(tx, project.teamId, row), ...(automatedNodeIds && { automatedNodeIds }) };

    const data = updateData(row, body, changes);
    if (changes.stage) {
      // Moved by someone else between the first look and the lock: the order changes after all.
      newRoadmapVersion ??= await bumpRoadmapVersion(tx, projectId);
      // Leave no gap behind, and append the item to its new stage.
      await tx.roadmapItem.updateMany({
        where: { projectId, stage: row.stage, position: { gt: row.position } },
        data: { position: { decrement: 1 } },
      });
      data.position = await tx.roadmapItem.count({ where: { projectId, stage: body.stage } });
    }
    const updated = await tx.roadmapItem.update({
      where: { id: itemId },
      data: { ...data, version: { increment: 1 } },
      select: itemSelect,
    });
    if (changes.stage) changes.position = { from: row.position, to: updated.position };
    await recordItemEvent(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: changes.stage ? "roadmap_item.moved" : "roadmap_item.updated",
      itemId,
      version: updated.version,
      changes,
      extra: {
        ...(newRoadmapVersion !== null && { roadmapVersion: newRoadmapVersion }),
        ...(automatedNodeIds && { automatedNodeIds }),
      },
    });
    return { item: await itemOut(tx, project.teamId, updated), ...(automatedNodeIds && { automatedNodeIds }) };
  });
}

function updateData(
  row: ItemRow,
  body: TRoadmapItemPatchParsed,
  changes: Changes,
): Prisma.RoadmapItemUncheckedUpdateInput {
  const data: Prisma.RoadmapItemUncheckedUpdateInput = {};
  if (changes.title) data.title = body.title;
  if (changes.doneWhen) data.doneWhen = body.doneWhen;
  if (changes.detail) data.detail = body.detail;
  if (changes.phase) data.phase = body.phase;
  if (changes.componentId) data.componentId = body.componentId;
  if (changes.toolSlug) data.toolSlug = body.toolSlug;
  if (changes.nodeIds) data.nodeIds = body.nodeIds;
  if (changes.ownerId) data.ownerId = body.ownerId;
  if (changes.priority) data.priority = body.priority;
  if (changes.stage) data.stage = body.stage;
  if (changes.targetDate) data.targetDate = body.targetDate ? new Date(`${body.targetDate}T00:00:00Z`) : null;
  if (changes.status) {
    data.status = body.status;
    // doneAt says when it was done; taking it back from done clears it.
    if (body.status === "DONE") data.doneAt = new Date();
    else if (row.status === "DONE") data.doneAt = null;
  }
  return data;
}

/** DELETE …/roadmap/items/:itemId?version=N (leads): 409 when the item changed since version N. */
export async function deleteItem(user: SessionUser, projectId: string, itemId: string, query: unknown): Promise<void> {
  const { version } = ZRoadmapDeleteQuery.parse(query);
  await getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "roadmap.plan");
    const roadmapVersion = await bumpRoadmapVersion(tx, projectId);
    if (!(await lockItem(tx, projectId, itemId))) throw new NotFoundError("Roadmap item");
    const row = (await tx.roadmapItem.findUnique({ where: { id: itemId }, select: itemSelect }))!;
    if (version !== row.version) {
      const fields = [...(await changedSince(tx, itemId, version))];
      throw new AppError("roadmap_item_conflict", "Someone else changed this item since you loaded it.", {
        fields,
        current: await itemOut(tx, project.teamId, row),
      });
    }
    await tx.roadmapItem.delete({ where: { id: itemId } });
    await tx.roadmapItem.updateMany({
      where: { projectId, stage: row.stage, position: { gt: row.position } },
      data: { position: { decrement: 1 } },
    });
    const before = fieldValues(row);
    await recordItemEvent(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: "roadmap_item.deleted",
      itemId,
      version: row.version + 1,
      changes: Object.fromEntries(
        Object.entries(before)
          .filter(([, v]) => v !== null && v !== "" && !(Array.isArray(v) && v.length === 0))
          .map(([field, from]) => [field, { from, to: null }]),
      ),
      extra: { roadmapVersion: roadmapVersion ?? 0 },
    });
  });
}
