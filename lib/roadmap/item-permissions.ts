import { can, type TTeamRole } from "@/lib/teams/roles";
import { ROADMAP_CONTENT_FIELDS, ROADMAP_PLAN_FIELDS } from "@/lib/validation/roadmap";
import type { DraftField } from "./item-draft";

// What the signed-in member may change on one item, and why not: the UI disables a field
// with this reason; the server enforces the same `can()` rules (lib/teams/roles.ts).

export type ItemRelation = {
  /** The item's owner is the viewer's membership. */
  isOwner: boolean;
  /** The viewer created the item. */
  isCreator: boolean;
};

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
  // A viewer hears one reason everywhere; others hear the rule that stops them.
  const lock = (allowed: boolean, reason: string) => (allowed ? null : role === "VIEWER" ? REASONS.viewer : reason);
  const plan = lock(can(role, "roadmap.plan"), REASONS.plan);
  const mayEdit = isNew
    ? can(role, "roadmap.propose")
    : can(role, "roadmap.edit", { self: rel.isOwner || rel.isCreator });
  const content = lock(mayEdit, REASONS.edit);
  const status = lock(can(role, "roadmap.set_status", { self: rel.isOwner }), REASONS.status);
  const locks = {} as Record<DraftField, string | null>;
  for (const field of ROADMAP_CONTENT_FIELDS) locks[field] = content;
  for (const field of ROADMAP_PLAN_FIELDS) locks[field] = plan;
  locks.status = status;
  // A new item starts in the stage the form shows; choosing that is part of creating it.
  if (isNew) locks.stage = content;
  return locks;
}

/** Whether any field of the item is open to the viewer (the card shows "Edit" or "Details"). */
export function canChangeAny(locks: Record<DraftField, string | null>): boolean {
  return Object.values(locks).some((reason) => reason === null);
}
