import { describe, expect, it } from "vitest";
import { laneBottom, laneTop, NODE_HEIGHT, NODE_WIDTH, phaseForY, nodeCenterY } from "./lanes";
import { autoLayout, type LayoutOptions } from "./layout";
import { makeNode } from "./make-node";
import { PHASES, type Phase, type PipelineEdge, type PipelineNode } from "./types";

function node(id: string, phase: Phase): PipelineNode {
  return makeNode({ id, kind: "step", title: id, category: "other", phase, stage: "EXPERIMENTAL" });
}
const edge = (source: string, target: string, id = `${source}-${target}`): PipelineEdge => ({
  id,
  source,
  target,
  label: null,
});

/** A seeded pseudo-random graph: `n` nodes over the three lanes, `m` edges, forward-only when acyclic. */
function randomGraph(n: number, m: number, acyclic: boolean, seed = 7) {
  let s = seed;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  const nodes = Array.from({ length: n }, (_, i) => node(`n${i}`, PHASES[Math.floor(rnd() * 3)]!));
  const edges: PipelineEdge[] = [];
  for (let j = 0; j < m; j++) {
    let a = Math.floor(rnd() * n);
    let b = Math.max(0, a - 1 - Math.floor(rnd() * 12)); // mostly short edges, like a real pipeline
    if (rnd() < 0.3) b = Math.floor(rnd() * n);
    if (acyclic && a < b) [a, b] = [b, a];
    if (a !== b) edges.push(edge(`n${acyclic ? b : a}`, `n${acyclic ? a : b}`, `e${j}`));
  }
  return { nodes, edges };
}

function expectLaneRule(before: PipelineNode[], after: PipelineNode[]) {
  expect(after).toHaveLength(before.length);
  after.forEach((n, i) => {
    const original = before[i]!;
    expect(n.id).toBe(original.id);
    expect(n.phase).toBe(original.phase); // phases never change
    expect({ ...n, position: original.position }).toEqual(original); // nor does anything but the position
    expect(n.position.y).toBeGreaterThanOrEqual(laneTop(n.phase));
    expect(n.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom(n.phase));
    expect(phaseForY(nodeCenterY(n.position.y))).toBe(n.phase);
    expect(Number.isFinite(n.position.x)).toBe(true);
  });
}

function expectNoOverlap(nodes: PipelineNode[]) {
  // Sort by x and sweep, so 1,000 nodes are checked without a million pairs.
  const sorted = [...nodes].sort((a, b) => a.position.x - b.position.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.position.x < a.position.x + NODE_WIDTH; j++) {
      const b = sorted[j]!;
      const overlap = Math.abs(a.position.y - b.position.y) < NODE_HEIGHT;
      if (overlap) throw new Error(`${a.id} and ${b.id} overlap at ${JSON.stringify([a.position, b.position])}`);
    }
  }
}

function expectEdgesPointRight(nodes: PipelineNode[], edges: PipelineEdge[]) {
  const at = new Map(nodes.map((n) => [n.id, n.position.x]));
  for (const e of edges)
    expect(at.get(e.source)! + NODE_WIDTH, `${e.source} → ${e.target}`).toBeLessThan(at.get(e.target)!);
}

const engines: LayoutOptions["engine"][] = ["dagre", "fast", "auto"];

describe.each(engines)("autoLayout (%s)", (engine) => {
  const layout = (nodes: PipelineNode[], edges: PipelineEdge[]) => autoLayout(nodes, edges, { engine });

  it("lays out nothing", () => {
    expect(layout([], [])).toEqual([]);
  });

  it("keeps every node in its lane, apart, and edges pointing right", () => {
    const nodes = [
      node("nb", "ML"),
      node("api", "DEV"),
      node("host", "PROD"),
      node("data", "ML"),
      node("tests", "DEV"),
    ];
    const edges = [edge("data", "nb"), edge("nb", "api"), edge("api", "tests"), edge("tests", "host")];
    const after = layout(nodes, edges);
    expectLaneRule(nodes, after);
    expectNoOverlap(after);
    expectEdgesPointRight(after, edges);
  });

  it("stacks, then spreads, many nodes of one lane and rank without overlap", () => {
    const nodes = Array.from({ length: 10 }, (_, i) => node(`s${i}`, "DEV"));
    const after = layout(
      [node("root", "ML"), ...nodes],
      nodes.map((n) => edge("root", n.id)),
    );
    expectLaneRule([node("root", "ML"), ...nodes], after);
    expectNoOverlap(after);
    expectEdgesPointRight(
      after,
      nodes.map((n) => edge("root", n.id)),
    );
  });

  it("handles nodes without edges, edges to unknown nodes, self-loops and duplicates", () => {
    const nodes = PHASES.flatMap((p) => [node(`${p}1`, p), node(`${p}2`, p), node(`${p}3`, p), node(`${p}4`, p)]);
    const edges = [edge("ML1", "ML1"), edge("ML1", "ghost"), edge("DEV1", "PROD1", "x"), edge("DEV1", "PROD1", "y")];
    const after = layout(nodes, edges);
    expectLaneRule(nodes, after);
    expectNoOverlap(after);
    expectEdgesPointRight(after, [edge("DEV1", "PROD1")]);
  });

  it("handles cycles", () => {
    const nodes = [node("a", "ML"), node("b", "DEV"), node("c", "PROD"), node("d", "ML")];
    const edges = [edge("a", "b"), edge("b", "c"), edge("c", "a"), edge("c", "d"), edge("d", "c")];
    const after = layout(nodes, edges);
    expectLaneRule(nodes, after);
    expectNoOverlap(after);
  });

  it("is deterministic and ignores where nodes were", () => {
    const { nodes, edges } = randomGraph(60, 80, false);
    const moved = nodes.map((n, i) => ({ ...n, position: { x: i * 37, y: -i * 11 } }));
    expect(layout(nodes, edges)).toEqual(layout(nodes, edges));
    expect(layout(moved, edges)).toEqual(layout(nodes, edges));
  });

  it("follows the lane rule on a random acyclic graph, in columns", () => {
    const { nodes, edges } = randomGraph(120, 150, true);
    const after = autoLayout(nodes, edges, { engine, wrap: false });
    expectLaneRule(nodes, after);
    expectNoOverlap(after);
    expectEdgesPointRight(after, edges);
  });
});

describe("autoLayout at scale", () => {
  it("lays out 1,000 nodes quickly, following the lane rule", () => {
    const { nodes, edges } = randomGraph(1000, 1500, true);
    autoLayout(nodes.slice(0, 50), edges.slice(0, 10)); // warm up the JIT
    const started = performance.now();
    const after = autoLayout(nodes, edges, { wrap: false });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(300);
    expectLaneRule(nodes, after);
    expectNoOverlap(after);
    expectEdgesPointRight(after, edges);
  });

  it("lays out 1,000 nodes with cycles and no edges quickly", () => {
    for (const { nodes, edges } of [randomGraph(1000, 2000, false), randomGraph(1000, 0, true)]) {
      const started = performance.now();
      const after = autoLayout(nodes, edges, { wrap: false });
      expect(performance.now() - started).toBeLessThan(300);
      expectLaneRule(nodes, after);
      expectNoOverlap(after);
    }
  });

  it("lays out a 1,000-node chain quickly", () => {
    const nodes = Array.from({ length: 1000 }, (_, i) => node(`c${i}`, PHASES[i % 3]!));
    const edges = nodes.slice(1).map((n, i) => edge(nodes[i]!.id, n.id));
    const started = performance.now();
    const after = autoLayout(nodes, edges, { wrap: false });
    expect(performance.now() - started).toBeLessThan(300);
    expectEdgesPointRight(after, edges);
  });
});

describe("autoLayout engine choice", () => {
  it("uses dagre for a typical diagram", () => {
    const { nodes, edges } = randomGraph(40, 45, true);
    expect(autoLayout(nodes, edges)).toEqual(autoLayout(nodes, edges, { engine: "dagre" }));
  });

  it("falls back to the linear ranking for large diagrams", () => {
    const { nodes, edges } = randomGraph(1000, 1500, true);
    expect(autoLayout(nodes, edges)).toEqual(autoLayout(nodes, edges, { engine: "fast" }));
  });
});
