import type { ComponentId } from "@/lib/pipeline/components";
import type { Phase, Priority, Stage } from "@/lib/pipeline/types";
import { ROADMAP_ITEM_FIELDS, type TRoadmapItemField } from "@/lib/validation/roadmap";
import type { RoadmapStatus } from "./types";

// The item dialog edits a draft of the item's fields; PATCH sends only what the user changed
// (with the version they started from), so two people editing different fields of one item
// both keep their edit. On a 409 the dialog shows, per field named by the server, what the
// other person saved next to what this user typed.

export type ItemDraft = {
  title: string;
  doneWhen: string;
  detail: string;
  phase: Phase | null;
  componentId: ComponentId | null;
  toolSlug: string | null;
  nodeIds: string[];
  stage: Stage;
  ownerId: string | null;
  priority: Priority | null;
  status: RoadmapStatus;
  /** YYYY-MM-DD */
  targetDate: string | null;
};

export type DraftField = keyof ItemDraft & TRoadmapItemField;

/** The draft's fields, in the order the API names them (and the dialog shows conflicts). */
export const DRAFT_FIELDS: readonly DraftField[] = ROADMAP_ITEM_FIELDS;

/** What the wire item carries for these fields (the owner as an object). */
export type DraftSource = Omit<ItemDraft, "ownerId"> & { owner: { id: string } | null };

export function draftOf(item: DraftSource): ItemDraft {
  return {
    title: item.title,
    doneWhen: item.doneWhen,
    detail: item.detail,
    phase: item.phase,
    componentId: item.componentId,
    toolSlug: item.toolSlug,
    nodeIds: [...item.nodeIds],
    stage: item.stage,
    ownerId: item.owner?.id ?? null,
    priority: item.priority,
    status: item.status,
    targetDate: item.targetDate,
  };
}

export function emptyDraft(stage: Stage = "EXPERIMENTAL"): ItemDraft {
  return {
    title: "",
    doneWhen: "",
    detail: "",
    phase: null,
    componentId: null,
    toolSlug: null,
    nodeIds: [],
    stage,
    ownerId: null,
    priority: null,
    status: "TODO",
    targetDate: null,
  };
}

function sameValue(a: ItemDraft[DraftField], b: ItemDraft[DraftField]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = [...a].sort();
    const y = [...b].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  // Text fields are trimmed by the server: trailing spaces alone are no change.
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return a === b;
}

/** The fields of `draft` that differ from `base`, with the draft's values (text trimmed). */
export function changedFields(base: ItemDraft, draft: ItemDraft): Partial<ItemDraft> {
  const changes: Partial<Record<DraftField, unknown>> = {};
  for (const field of DRAFT_FIELDS) {
    if (sameValue(base[field], draft[field])) continue;
    const value = draft[field];
    changes[field] = typeof value === "string" ? value.trim() : value;
  }
  return changes as Partial<ItemDraft>;
}

/** The create body: empty optional fields left out, so the server applies its defaults. */
export function createBody(draft: ItemDraft, { canPlan }: { canPlan: boolean }): Record<string, unknown> {
  const body: Record<string, unknown> = { title: draft.title.trim(), stage: draft.stage };
  if (draft.doneWhen.trim()) body.doneWhen = draft.doneWhen.trim();
  if (draft.detail.trim()) body.detail = draft.detail.trim();
  if (draft.phase) body.phase = draft.phase;
  if (draft.componentId) body.componentId = draft.componentId;
  if (draft.toolSlug) body.toolSlug = draft.toolSlug;
  if (draft.nodeIds.length > 0) body.nodeIds = draft.nodeIds;
  if (draft.targetDate) body.targetDate = draft.targetDate;
  // Owner and priority are the leads' (roadmap.plan): a member's form does not send them.
  if (canPlan && draft.ownerId) body.ownerId = draft.ownerId;
  if (canPlan && draft.priority) body.priority = draft.priority;
  return body;
}

export type ConflictRow = { field: DraftField; mine: ItemDraft[DraftField]; theirs: ItemDraft[DraftField] };

/**
 * The conflict the server named: for each field both people changed, this user's value
 * and the one now saved. Fields the server names that the draft does not edit are skipped.
 */
export function conflictRows(fields: readonly string[], mine: ItemDraft, theirs: ItemDraft): ConflictRow[] {
  return DRAFT_FIELDS.filter((f) => fields.includes(f)).map((field) => ({
    field,
    mine: mine[field],
    theirs: theirs[field],
  }));
}

/**
 * "Use theirs": the saved item with this user's other edits kept on top, except the fields
 * in conflict, which take the saved values.
 */
export function resolveWithTheirs(base: ItemDraft, mine: ItemDraft, theirs: ItemDraft, fields: readonly string[]) {
  const kept = changedFields(base, mine);
  for (const field of fields) delete (kept as Record<string, unknown>)[field];
  return { ...theirs, ...kept };
}

export const FIELD_LABELS: Record<DraftField, string> = {
  title: "Title",
  doneWhen: "Done when",
  detail: "Detail",
  phase: "Phase",
  componentId: "Component",
  toolSlug: "Tool",
  nodeIds: "Linked steps",
  stage: "Stage",
  ownerId: "Owner",
  priority: "Priority",
  status: "Status",
  targetDate: "Target date",
};
