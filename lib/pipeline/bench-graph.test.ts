import { describe, expect, it } from "vitest";
import { ZPipelineSave } from "@/lib/validation/pipeline";
import { benchGraph } from "./bench-graph";
import { clampIntoLane, nodeCenterY, phaseForY } from "./lanes";

describe("benchGraph", () => {
  const graph = benchGraph({ nodes: 1000, edges: 1500 });

  it("makes the requested nodes and edges, deterministically", () => {
    expect(graph.nodes).toHaveLength(1000);
    expect(graph.edges).toHaveLength(1500);
    expect(benchGraph({ nodes: 1000, edges: 1500 })).toEqual(graph);
    expect(benchGraph({ nodes: 1000, edges: 1500, seed: 2 }).edges).not.toEqual(graph.edges);
  });

  it("spreads the nodes over the three lanes, each inside its lane", () => {
    const perPhase = { ML: 0, DEV: 0, PROD: 0 };
    for (const node of graph.nodes) {
      perPhase[node.phase]++;
      expect(clampIntoLane(node.position.y, node.phase)).toBe(node.position.y);
      expect(phaseForY(nodeCenterY(node.position.y))).toBe(node.phase);
    }
    expect(perPhase).toEqual({ ML: 334, DEV: 333, PROD: 333 });
    // Narrow enough for the editor to show it all at zoom 0.05 in a ~980 px wide canvas.
    expect(graph.bounds.width).toBeLessThan(14_000);
  });

  it("links distinct existing nodes, once per pair, and is a valid save body", () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    const pairs = new Set(graph.edges.map((e) => `${e.source}>${e.target}`));
    expect(pairs.size).toBe(graph.edges.length);
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.source).not.toBe(edge.target);
    }
    const result = ZPipelineSave.safeParse({
      baseVersion: 0,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: graph.nodes,
      edges: graph.edges,
    });
    expect(result.success, result.error?.message).toBe(true);
  });

  it("takes another grid", () => {
    const sparse = benchGraph({ nodes: 9, edges: 0, rowsPerLane: 3, columnStep: 300 });
    expect(sparse.nodes.map((n) => n.position.x)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(benchGraph({ nodes: 12, edges: 0, rowsPerLane: 3, columnStep: 300 }).nodes[11]!.position.x).toBe(300);
    expect(() => benchGraph({ nodes: 1, edges: 0, columnStep: 0 })).toThrow(RangeError);
  });

  it("fills a small graph to every pair and refuses more", () => {
    expect(benchGraph({ nodes: 4, edges: 6 }).edges).toHaveLength(6);
    expect(() => benchGraph({ nodes: 4, edges: 7 })).toThrow(RangeError);
    expect(benchGraph({ nodes: 0, edges: 0 })).toEqual({
      nodes: [],
      edges: [],
      bounds: { x: 0, y: 0, width: 0, height: 0 },
    });
  });
});
