import { can, type TTeamRole } from "@/lib/teams/roles";
import type { DraftField } from "./item-draft";

// What the signed-in member may change on one item, and why not: the UI disables a field
// with this reason; the server enforces the same `can()` rules (lib/teams/roles.ts).

export type ItemRelation = {
  /** The item's owner is the viewer's membership. */
  isOwner: boolean;
  /** The viewer created the item. */
  isCreator: boolean;
};

const PLAN_FIELDS: readonly DraftField[] = ["ownerId", "priority", "stage"];

const REASONS = {
  viewer: "Viewers read the roadmap; they change nothing.",
  plan: "Only leads assign owners, set priorities and move items between stages.",
  status: "Only the item's owner or a lead changes its status.",
  edit: "Only the item's owner, its creator or a lead edits it.",
} as const;

/** For each field: null when the viewer may change it, else the reason shown beside it. */
export function fieldLocks(role: TTeamRole, relation: ItemRelation | "new"): Record<DraftField, string | null> {
  const isNew = relation === "new";
  const rel = isNew ? { isOwner: false, isCreator: true } : relation;
  const viewer = role === "VIEWER";
  const plan = can(role, "roadmap.plan") ? null : viewer ? REASONS.viewer : REASONS.plan;
  const content = (
    isNew ? can(role, "roadmap.propose") : can(role, "roadmap.edit", { self: rel.isOwner || rel.isCreator })
  )
    ? null
    : viewer
      ? REASONS.viewer
      : REASONS.edit;
  const status = can(role, "roadmap.set_status", { self: rel.isOwner })
    ? null
    : viewer
      ? REASONS.viewer
      : REASONS.status;
  return {
    title: content,
    doneWhen: content,
    detail: content,
    phase: content,
    componentId: content,
    toolSlug: content,
    nodeIds: content,
    targetDate: content,
    // A new item starts in the stage the form shows; choosing that is part of creating it.
    stage: isNew ? content : plan,
    ownerId: plan,
    priority: plan,
    status,
  };
}

export function isPlanField(field: DraftField): boolean {
  return PLAN_FIELDS.includes(field);
}

/** Whether any field of the item is open to the viewer (the card shows "Edit" or "Details"). */
export function canChangeAny(locks: Record<DraftField, string | null>): boolean {
  return Object.values(locks).some((reason) => reason === null);
}
