import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toolBySlug } from "@/lib/catalog/catalog";
import type { ComponentId } from "@/lib/pipeline/components";
import { timestamp } from "@/lib/validation/common";
import type { TRoadmapItem, TRoadmapMember } from "@/lib/validation/roadmap";
import type { Db, Tx } from "./db";

// Roadmap rows and their wire shape (ZRoadmapItem), shared by the reads and writes.

// Rows are read flat (no joins): the owner and creator names come from one query of the
// team's members, the tool's name from the catalog in memory (the Tool table is synced
// from it), which keeps the export's read, the hot path, to plain column reads.

export const itemSelect = {
  id: true,
  projectId: true,
  title: true,
  doneWhen: true,
  detail: true,
  phase: true,
  componentId: true,
  toolSlug: true,
  nodeIds: true,
  ownerId: true,
  priority: true,
  status: true,
  stage: true,
  position: true,
  targetDate: true,
  source: true,
  sourceKey: true,
  version: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  doneAt: true,
} satisfies Prisma.RoadmapItemSelect;

export type ItemRow = Prisma.RoadmapItemGetPayload<{ select: typeof itemSelect }>;

/** Stage order (the enum's order) then position: the board's order. */
export const boardOrder = [
  { stage: "asc" },
  { position: "asc" },
] satisfies Prisma.RoadmapItemOrderByWithRelationInput[];

/** A @db.Date column as "YYYY-MM-DD" (Prisma gives midnight UTC). */
export const dateOnly = (date: Date): string => date.toISOString().slice(0, 10);

/** Names for the ids on item rows: owners by membership id, creators by user id. */
export type People = {
  owners: Map<string, { name: string; email: string }>;
  users: Map<string, string>;
};

/** The team's members as owners and creators. */
export async function teamPeople(db: Db | Tx, teamId: string): Promise<People> {
  const members = await db.membership.findMany({
    where: { teamId },
    select: { id: true, userId: true, user: { select: { name: true, email: true } } },
  });
  return {
    owners: new Map(members.map((m) => [m.id, m.user])),
    users: new Map(members.map((m) => [m.userId, m.user.name])),
  };
}

/** Adds the creators of `rows` who have left the team since (rare: usually no query). */
export async function withCreators(db: Db | Tx, people: People, rows: readonly ItemRow[]): Promise<People> {
  const gone = [
    ...new Set(rows.flatMap((r) => (r.createdById && !people.users.has(r.createdById) ? [r.createdById] : []))),
  ];
  if (gone.length === 0) return people;
  const left = await db.user.findMany({ where: { id: { in: gone } }, select: { id: true, name: true } });
  return { owners: people.owners, users: new Map([...people.users, ...left.map((u) => [u.id, u.name] as const)]) };
}

/** Who created the row, or null when the account is gone. */
export function creatorOf(row: Pick<ItemRow, "createdById">, people: People): { id: string; name: string } | null {
  const name = row.createdById ? people.users.get(row.createdById) : undefined;
  return row.createdById && name !== undefined ? { id: row.createdById, name } : null;
}

export function toItem(row: ItemRow, people: People): TRoadmapItem {
  const owner = row.ownerId ? people.owners.get(row.ownerId) : undefined;
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    doneWhen: row.doneWhen,
    detail: row.detail,
    phase: row.phase,
    componentId: row.componentId as ComponentId | null,
    toolSlug: row.toolSlug,
    tool: row.toolSlug ? { slug: row.toolSlug, name: toolBySlug(row.toolSlug)?.name ?? row.toolSlug } : null,
    nodeIds: row.nodeIds,
    owner: owner && row.ownerId ? { id: row.ownerId, name: owner.name, email: owner.email } : null,
    priority: row.priority,
    status: row.status,
    stage: row.stage,
    position: row.position,
    targetDate: row.targetDate ? dateOnly(row.targetDate) : null,
    source: row.source,
    sourceKey: row.sourceKey,
    version: row.version,
    createdBy: creatorOf(row, people),
    createdAt: timestamp(row.createdAt),
    updatedAt: timestamp(row.updatedAt),
    doneAt: row.doneAt ? timestamp(row.doneAt) : null,
  };
}

/** Rows on the wire, with the names they need. */
export async function itemsOut(db: Db | Tx, teamId: string, rows: readonly ItemRow[]): Promise<TRoadmapItem[]> {
  const people = await withCreators(db, await teamPeople(db, teamId), rows);
  return rows.map((row) => toItem(row, people));
}

export async function itemOut(db: Db | Tx, teamId: string, row: ItemRow): Promise<TRoadmapItem> {
  return (await itemsOut(db, teamId, [row]))[0]!;
}

export async function listItemRows(db: Db | Tx, projectId: string): Promise<ItemRow[]> {
  return db.roadmapItem.findMany({ where: { projectId }, orderBy: boardOrder, select: itemSelect });
}

/** The team's members, LEADs first then by name: who may be an owner (LEAD, MEMBER) and who may not. */
export async function teamMembers(db: Db | Tx, teamId: string): Promise<TRoadmapMember[]> {
  const rows = await db.membership.findMany({
    where: { teamId },
    select: { id: true, role: true, user: { select: { name: true, email: true } } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }, { id: "asc" }],
  });
  return rows.map((m) => ({ id: m.id, name: m.user.name, email: m.user.email, role: m.role }));
}
