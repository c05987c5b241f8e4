import type { TCatalogTool } from "../catalog/schema";
import { COMPONENT_IDS, type ComponentId } from "../pipeline/components";
import { PREREQUISITES, TAKES_OVER } from "./component-rules";
import type { PipelineFacts } from "./pipeline-facts";
import type { GapStatus } from "./types";

// Which components are gaps, and what each needs first. Every component is a candidate: one
// no node provides is missing; one provided only by MANUAL or PARTIAL nodes is manual /
// partial; one with an AUTOMATED node is done.

export type RawGap = {
  component: ComponentId;
  status: GapStatus;
  /** Providing nodes (manual/partial) or the manual nodes it would take over (missing). */
  nodeIds: string[];
  /** True when nodeIds are nodes it would take over rather than nodes of its own. */
  takesOver: boolean;
  /** Missing prerequisite components, in COMPONENT_IDS order. */
  blockedBy: ComponentId[];
};

export function findGaps(facts: PipelineFacts, catalog: readonly TCatalogTool[]): RawGap[] {
  const missing = new Set(COMPONENT_IDS.filter((id) => facts.presence[id].best === null));
  const gaps: RawGap[] = [];
  for (const component of COMPONENT_IDS) {
    const { best, nodeIds } = facts.presence[component];
    if (best === "AUTOMATED") continue;
    const needs = prerequisitesOf(component, catalog);
    const blockedBy = COMPONENT_IDS.filter((id) => needs.has(id) && missing.has(id));
    if (best === null)
      gaps.push({
        component,
        status: "missing",
        nodeIds: facts.manualProviders(TAKES_OVER[component]),
        takesOver: true,
        blockedBy,
      });
    else
      gaps.push({ component, status: best === "PARTIAL" ? "partial" : "manual", nodeIds, takesOver: false, blockedBy });
  }
  return gaps;
}

/**
 * The component table's prerequisites, plus those every catalog tool for the component
 * shares (whatever the team picks, it needs them; one tool's own needs stay on that tool).
 */
export function prerequisitesOf(component: ComponentId, catalog: readonly TCatalogTool[]): Set<ComponentId> {
  const needs = new Set(PREREQUISITES[component]);
  const tools = catalog.filter((t) => t.components.includes(component));
  if (tools.length > 0) {
    const [first, ...rest] = tools.map((t) => new Set(t.prerequisites));
    for (const id of first as Set<ComponentId>) if (id !== component && rest.every((s) => s.has(id))) needs.add(id);
  }
  return needs;
}

/** How many other gaps wait on this one, directly or through other missing prerequisites. */
export function unblockCounts(gaps: readonly RawGap[]): Map<ComponentId, number> {
  const counts = new Map<ComponentId, number>();
  const byComponent = new Map(gaps.map((g) => [g.component, g]));
  for (const gap of gaps) {
    // Everything this gap waits on, transitively (a visited set guards against cycles).
    const seen = new Set<ComponentId>();
    const stack = [...gap.blockedBy];
    while (stack.length > 0) {
      const id = stack.pop() as ComponentId;
      if (seen.has(id) || id === gap.component) continue;
      seen.add(id);
      stack.push(...(byComponent.get(id)?.blockedBy ?? []));
    }
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
