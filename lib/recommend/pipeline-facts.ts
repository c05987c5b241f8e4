import { COMPONENT_IDS, type ComponentId } from "../pipeline/components";
import { componentOfNode } from "../pipeline/step-component";
import type { PipelineDiagram, PipelineNode, Priority } from "../pipeline/types";

// What the diagram says about each component: which nodes provide it and how automated they
// are, and what hand-run work waits downstream. Everything is keyed and sorted by id, so the
// order of nodes and edges in the diagram never shows in the answer.

export type Presence = {
  /** The most automated of its nodes; null when no node provides the component. */
  best: "AUTOMATED" | "PARTIAL" | "MANUAL" | null;
  /** Providing nodes, sorted by id. */
  nodeIds: string[];
};

export type PipelineFacts = {
  presence: Record<ComponentId, Presence>;
  /** Distinct MANUAL step/component nodes reachable downstream of these nodes, not counting ones that provide `except`. */
  manualDownstream: (nodeIds: readonly string[], except: ComponentId) => string[];
  /** MANUAL nodes providing any of these components, sorted by id. */
  manualProviders: (components: readonly ComponentId[]) => string[];
  /** The highest lead-set priority among these nodes, or null. */
  topPriority: (nodeIds: readonly string[]) => { priority: Priority; title: string } | null;
};

const RANK = { MANUAL: 1, PARTIAL: 2, AUTOMATED: 3 } as const;

export function pipelineFacts(diagram: PipelineDiagram | null): PipelineFacts {
  const nodes = [...(diagram?.nodes ?? [])].sort((a, b) => compare(a.id, b.id));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const provides = new Map<string, ComponentId | null>(nodes.map((n) => [n.id, componentOfNode(n)]));
  const presence = Object.fromEntries(
    COMPONENT_IDS.map((id) => [id, { best: null, nodeIds: [] } as Presence]),
  ) as Record<ComponentId, Presence>;
  for (const node of nodes) {
    const component = provides.get(node.id);
    if (!component) continue;
    const entry = presence[component];
    entry.nodeIds.push(node.id);
    if (entry.best === null || RANK[node.automation] > RANK[entry.best]) entry.best = node.automation;
  }

  // A notebook does its own data work: with no data node of their own, the data jobs are
  // done by hand inside the notebooks (so they are no Experimental gap, but still a gap).
  if (presence.data_processing.best === null && presence.notebooks.best !== null)
    presence.data_processing = { best: presence.notebooks.best, nodeIds: [...presence.notebooks.nodeIds] };

  const next = new Map<string, string[]>();
  for (const edge of diagram?.edges ?? []) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    const list = next.get(edge.source);
    if (list) list.push(edge.target);
    else next.set(edge.source, [edge.target]);
  }

  const isManualWork = (node: PipelineNode) =>
    node.automation === "MANUAL" && (node.kind === "step" || node.kind === "component");

  return {
    presence,
    manualDownstream(start, except) {
      const seen = new Set<string>(start);
      const queue = [...start];
      const found: string[] = [];
      for (let i = 0; i < queue.length; i++) {
        for (const target of next.get(queue[i] as string) ?? []) {
          if (seen.has(target)) continue;
          seen.add(target);
          queue.push(target);
          const node = byId.get(target) as PipelineNode;
          if (isManualWork(node) && provides.get(target) !== except) found.push(target);
        }
      }
      return found.sort(compare);
    },
    manualProviders(components) {
      const wanted = new Set(components);
      return nodes.filter((n) => isManualWork(n) && wanted.has(provides.get(n.id) as ComponentId)).map((n) => n.id);
    },
    topPriority(nodeIds) {
      let top: { priority: Priority; title: string } | null = null;
      for (const id of [...nodeIds].sort(compare)) {
        const node = byId.get(id);
        if (node?.priority && (top === null || node.priority < top.priority))
          top = { priority: node.priority, title: node.title };
      }
      return top;
    },
  };
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
