import "server-only";
import type { ComponentId } from "@/lib/pipeline/components";
import { timestamp } from "@/lib/validation/common";
import { ZChoiceCreate, type TChoice } from "@/lib/validation/choices";
import { requireProjectAccess } from "./access";
import { getDb } from "./db";
import { NotFoundError } from "./errors";
import { itemSelect, type ItemRow } from "./roadmap-rows";
import { deleteItem } from "./roadmap-update";
import { createItem } from "./roadmap-writes";
import type { SessionUser } from "./session";

// "Chosen for the roadmap" (the assessment's next practices, the recommended tools) as a
// view over roadmap items with a sourceKey, so the pages written before the roadmap keep
// working: choosing creates an item (roadmap.propose, idempotent on the key), un-choosing
// deletes it under the roadmap's delete rule (leads only).

export async function listChoices(user: SessionUser, projectId: string): Promise<TChoice[]> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const rows = await db.roadmapItem.findMany({
    where: { projectId, sourceKey: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: itemSelect,
  });
  return rows.map(toChoice);
}

/** Returns the choice and whether it was made now (201) or found (200). */
export async function chooseItem(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<{ choice: TChoice; created: boolean }> {
  const data = ZChoiceCreate.parse(input);
  const { item, created } = await createItem(user, projectId, {
    title: data.title,
    detail: data.detail,
    componentId: data.componentId ?? null,
    toolSlug: data.toolSlug ?? null,
    source: data.source,
    sourceKey: data.key,
  });
  return {
    created,
    choice: {
      id: item.id,
      projectId: item.projectId,
      source: item.source,
      key: item.sourceKey ?? data.key,
      title: item.title,
      componentId: item.componentId,
      toolSlug: item.toolSlug,
      detail: item.detail,
      createdBy: item.createdBy,
      createdAt: item.createdAt,
    },
  };
}

/** Deletes the roadmap item behind the choice: a lead's decision (403 for members and viewers). */
export async function unchooseItem(user: SessionUser, projectId: string, choiceId: string): Promise<void> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "roadmap.plan");
  const row = await db.roadmapItem.findFirst({
    where: { id: choiceId, projectId, sourceKey: { not: null } },
    select: { version: true },
  });
  if (!row) throw new NotFoundError("Choice");
  await deleteItem(user, projectId, choiceId, { version: row.version });
}

function toChoice(row: ItemRow): TChoice {
  return {
    id: row.id,
    projectId: row.projectId,
    source: row.source,
    key: row.sourceKey!,
    title: row.title,
    componentId: row.componentId as ComponentId | null,
    toolSlug: row.toolSlug,
    detail: row.detail,
    createdBy: row.createdBy,
    createdAt: timestamp(row.createdAt),
  };
}
