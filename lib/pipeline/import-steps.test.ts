import { describe, expect, it } from "vitest";
import type { TImportStep } from "@/lib/validation/notebook-import";
import { appendImportedSteps } from "./import-steps";
import { laneBottom, laneTop, NODE_HEIGHT } from "./lanes";
import { pipelineNode } from "@/test/pipeline-node";

const ids = () => {
  let n = 0;
  return () => `x${++n}`;
};

const steps: TImportStep[] = [
  { title: "Load data", category: "data_ingestion", cellIndexes: [1, 2] },
  { title: "Train", category: "model_training", cellIndexes: [4] },
  { title: "Serve", category: "serving", cellIndexes: [6, 7] },
  { title: "Deploy", category: "deployment", cellIndexes: [9] },
];

describe("appendImportedSteps", () => {
  it("adds manual step nodes in their lanes, chained in notebook order", () => {
    const result = appendImportedSteps({ nodes: [], edges: [] }, steps, ids(), ids());
    expect(result.nodes.map((n) => [n.title, n.kind, n.category, n.phase, n.automation, n.sourceCells])).toEqual([
      ["Load data", "step", "data_ingestion", "ML", "MANUAL", [1, 2]],
      ["Train", "step", "model_training", "ML", "MANUAL", [4]],
      ["Serve", "step", "serving", "DEV", "MANUAL", [6, 7]],
      ["Deploy", "step", "deployment", "PROD", "MANUAL", [9]],
    ]);
    expect(result.edges.map((e) => [e.source, e.target])).toEqual([
      [result.nodes[0]!.id, result.nodes[1]!.id],
      [result.nodes[1]!.id, result.nodes[2]!.id],
      [result.nodes[2]!.id, result.nodes[3]!.id],
    ]);
    for (const node of result.nodes) {
      expect(node.position.y).toBeGreaterThanOrEqual(laneTop(node.phase));
      expect(node.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom(node.phase));
    }
    // Stage follows the component a category provides (serving → model API, an MVP part).
    expect(result.nodes.find((n) => n.title === "Serve")?.stage).toBe("MVP");
  });

  it("keeps the existing diagram and places the import to its right", () => {
    const existing = pipelineNode("old", { position: { x: 500, y: 40 } });
    const result = appendImportedSteps({ nodes: [existing], edges: [] }, steps, ids(), ids());
    expect(result.nodes[0]).toBe(existing);
    expect(result.addedNodeIds).toHaveLength(4);
    const added = result.nodes.filter((n) => result.addedNodeIds.includes(n.id));
    expect(Math.min(...added.map((n) => n.position.x))).toBeGreaterThan(500);
  });
});
