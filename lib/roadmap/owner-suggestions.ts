import type { ComponentId } from "@/lib/pipeline/components";
import type { Gap, OwnerSuggestion } from "@/lib/recommend/types";
import type { SuggestedOwner } from "./generate";

// Who could own an item, from the recommendations (lib/recommend): per component, the people
// who know the item's tool (or, without a tool or nobody for it, any of the component's
// recommended tools), experts first, least loaded first — the engine's own order.

export type OwnerSuggestionIndex = Partial<
  Record<ComponentId, { bySlug: Record<string, SuggestedOwner[]>; any: SuggestedOwner[] }>
>;

const MAX_SUGGESTED = 3;

function open(n: number): string {
  return n === 0 ? "nothing open" : n === 1 ? "1 open item" : `${n} open items`;
}

export function reasonOf(owner: OwnerSuggestion, nameOf: (slug: string) => string): string {
  const knows = owner.via === "tool" ? `knows ${nameOf(owner.knows)}` : `knows ${nameOf(owner.knows)}, a similar tool`;
  return `${knows} (${owner.familiarity}), ${open(owner.openWorkload)}`;
}

function unique(list: SuggestedOwner[]): SuggestedOwner[] {
  const seen = new Set<string>();
  return list.filter((o) => !seen.has(o.id) && seen.add(o.id)).slice(0, MAX_SUGGESTED);
}

export function indexOwnerSuggestions(
  gaps: readonly Pick<Gap, "component" | "tools">[],
  nameOf: (slug: string) => string,
): OwnerSuggestionIndex {
  const index: OwnerSuggestionIndex = {};
  for (const gap of gaps) {
    const bySlug: Record<string, SuggestedOwner[]> = {};
    const all: SuggestedOwner[] = [];
    for (const tool of gap.tools) {
      const owners = tool.owners.map((o) => ({ id: o.membershipId, name: o.name, reason: reasonOf(o, nameOf) }));
      if (owners.length > 0) bySlug[tool.slug] = unique(owners);
      all.push(...owners);
    }
    index[gap.component] = { bySlug, any: unique(all) };
  }
  return index;
}

export function ownerSuggestionsFor(
  index: OwnerSuggestionIndex,
  componentId: ComponentId | null,
  toolSlug: string | null,
): SuggestedOwner[] {
  if (!componentId) return [];
  const entry = index[componentId];
  if (!entry) return [];
  return (toolSlug ? entry.bySlug[toolSlug] : undefined) ?? entry.any;
}
