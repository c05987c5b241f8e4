import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentId } from "@/lib/pipeline/components";
import { timestamp } from "@/lib/validation/common";
import type { TRoadmapItem, TRoadmapMember } from "@/lib/validation/roadmap";
import type { Db, Tx } from "./db";

// Roadmap rows and their wire shape (ZRoadmapItem), shared by the reads and writes.

export const itemSelect = {
  id: true,
  projectId: true,
  title: true,
  doneWhen: true,
  detail: true,
  phase: true,
  componentId: true,
  toolSlug: true,
  tool: { select: { slug: true, name: true } },
  nodeIds: true,
  owner: { select: { id: true, user: { select: { name: true, email: true } } } },
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
  createdBy: { select: { id: true, name: true } },
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

export function toItem(row: ItemRow): TRoadmapItem {
  return {
    id: row.id,
    projectId: row.projectId,
    title: row.title,
    doneWhen: row.doneWhen,
    detail: row.detail,
    phase: row.phase,
    componentId: row.componentId as ComponentId | null,
    toolSlug: row.toolSlug,
    tool: row.tool,
    nodeIds: row.nodeIds,
    owner: row.owner ? { id: row.owner.id, name: row.owner.user.name, email: row.owner.user.email } : null,
    priority: row.priority,
    status: row.status,
    stage: row.stage,
    position: row.position,
    targetDate: row.targetDate ? dateOnly(row.targetDate) : null,
    source: row.source,
    sourceKey: row.sourceKey,
    version: row.version,
    createdBy: row.createdBy,
    createdAt: timestamp(row.createdAt),
    updatedAt: timestamp(row.updatedAt),
    doneAt: row.doneAt ? timestamp(row.doneAt) : null,
  };
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
