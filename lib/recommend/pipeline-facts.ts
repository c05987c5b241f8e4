import { componentOfNode } from "../assessment/diagram-facts";
import { COMPONENT_IDS, type ComponentId } from "../pipeline/components";
import type { PipelineDiagram, Priority } from "../pipeline/types";

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
  /** How many distinct MANUAL step/component nodes are reachable downstream of these nodes, not counting ones that provide `except`. */
  manualDownstream: (nodeIds: readonly string[], except: ComponentId) => number;
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

  // Edges as integer adjacency (CSR) so the downstream walks stay cheap on a 1,000-node diagram.
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pairs = (diagram?.edges ?? []).flatMap((e) => {
    const from = index.get(e.source);
    const to = index.get(e.target);
    return from === undefined || to === undefined ? [] : [[from, to] as const];
  });
  const start = new Int32Array(nodes.length + 1);
  for (const [from] of pairs) start[from + 1]! += 1;
  for (let i = 0; i < nodes.length; i++) start[i + 1]! += start[i]!;
  const targets = new Int32Array(pairs.length);
  const fill = start.slice(0, nodes.length);
  for (const [from, to] of pairs) targets[fill[from]!++] = to;
  const component = nodes.map((n) => provides.get(n.id) ?? null);
  const manualWork = nodes.map((n) => n.automation === "MANUAL" && (n.kind === "step" || n.kind === "component"));
  const seen = new Uint32Array(nodes.length);
  let walk = 0;

  return {
    presence,
    manualDownstream(from, except) {
      walk++;
      const queue: number[] = [];
      for (const id of from) {
        const i = index.get(id);
        if (i !== undefined && seen[i] !== walk) {
          seen[i] = walk;
          queue.push(i);
        }
      }
      let found = 0;
      for (let q = 0; q < queue.length; q++) {
        const at = queue[q]!;
        for (let e = start[at]!; e < start[at + 1]!; e++) {
          const to = targets[e]!;
          if (seen[to] === walk) continue;
          seen[to] = walk;
          queue.push(to);
          if (manualWork[to] && component[to] !== except) found++;
        }
      }
      return found;
    },
    manualProviders(components) {
      const wanted = new Set(components);
      return nodes.filter((n, i) => manualWork[i] && wanted.has(component[i] as ComponentId)).map((n) => n.id);
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
