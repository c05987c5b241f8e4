import { toolBySlug } from "@/lib/catalog/catalog";
import { getComponent, isComponentId } from "@/lib/pipeline/components";
import { STAGE_LABELS } from "@/lib/pipeline/labels";
import { FIELD_LABELS, type DraftField } from "./item-draft";
import { ROADMAP_STATUS_LABELS } from "./stage-rules";

// An item's history in words: "Priority: P2 → P0", "Owner: Unassigned → Ada Lovelace".
// Values come from the audit events as stored (ids, enum values); names are looked up now.

const ACTIONS: Record<string, string> = {
  "roadmap_item.created": "created the item",
  "roadmap_item.updated": "changed",
  "roadmap_item.moved": "moved the item",
  "roadmap_item.reordered": "reordered the stage",
  "roadmap_item.deleted": "deleted the item",
};

export function actionText(action: string): string {
  return ACTIONS[action] ?? action.replace(/^roadmap_item\./, "");
}

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field as DraftField] ?? field;
}

/** One stored value in words; `memberName` resolves owner membership ids. */
export function valueText(field: string, value: unknown, memberName: (id: string) => string | undefined): string {
  if (value === null || value === undefined || value === "") return field === "ownerId" ? "Unassigned" : "none";
  if (Array.isArray(value)) return value.length === 1 ? "1 step" : `${value.length} steps`;
  const text = String(value);
  switch (field) {
    case "ownerId":
      return memberName(text) ?? "a former member";
    case "toolSlug":
      return toolBySlug(text)?.name ?? text;
    case "componentId":
      return isComponentId(text) ? getComponent(text).label : text;
    case "stage":
      return STAGE_LABELS[text as keyof typeof STAGE_LABELS] ?? text;
    case "status":
      return ROADMAP_STATUS_LABELS[text as keyof typeof ROADMAP_STATUS_LABELS] ?? text;
    default:
      return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  }
}
