import { describe, expect, it } from "vitest";
import { applyPhaseFromPosition, fromFlowEdge, fromFlowNode, toFlowEdge, toFlowNode } from "./flow-mapping";
import { laneCenterY, laneTop, NODE_HEIGHT } from "./lanes";
import type { PipelineEdge, PipelineNode } from "./types";

const node: PipelineNode = {
  id: "n_1",
  kind: "step",
  title: "Load CSV",
  description: "Reads the raw sales export",
  category: "data_ingestion",
  phase: "ML",
  stage: "EXPERIMENTAL",
  automation: "PARTIAL",
  ownerId: "c123456789012345678901234",
  priority: "P1",
  position: { x: 12.5, y: 40 },
  sourceCells: [0, 1, 4],
};

describe("nodes", () => {
  it("puts the domain fields but id and position in data", () => {
    const flow = toFlowNode(node);
    expect(flow).toEqual({
      id: "n_1",
      type: "pipeline",
      position: { x: 12.5, y: 40 },
      width: 220,
      height: 88,
      data: { ...node, id: undefined, position: undefined },
    });
    expect("id" in flow.data).toBe(false);
    expect("position" in flow.data).toBe(false);
  });

  it("round-trips domain → flow → domain", () => {
    expect(fromFlowNode(toFlowNode(node))).toEqual(node);
    const bare: PipelineNode = {
      ...node,
      kind: "data",
      category: null,
      ownerId: null,
      priority: null,
      sourceCells: null,
      description: "",
    };
    expect(fromFlowNode(toFlowNode(bare))).toEqual(bare);
  });

  it("drops React Flow's own fields and stray data on the way back", () => {
    const flow = { ...toFlowNode(node), selected: true, dragging: false, measured: { width: 220, height: 88 } };
    (flow.data as Record<string, unknown>).extra = "not saved";
    const back = fromFlowNode(flow);
    expect(back).toEqual(node);
    expect(Object.keys(back)).toEqual(Object.keys(node));
  });

  it("does not share the position object", () => {
    const flow = toFlowNode(node);
    expect(flow.position).not.toBe(node.position);
    expect(fromFlowNode(flow).position).not.toBe(flow.position);
  });
});

describe("edges", () => {
  it("round-trips with and without a label", () => {
    const labelled: PipelineEdge = { id: "e_1", source: "a", target: "b", label: "pickle" };
    const plain: PipelineEdge = { id: "e_2", source: "b", target: "c", label: null };
    expect(fromFlowEdge(toFlowEdge(labelled))).toEqual(labelled);
    expect(fromFlowEdge(toFlowEdge(plain))).toEqual(plain);
    expect(toFlowEdge(plain)).toEqual({ id: "e_2", source: "b", target: "c" });
    expect(toFlowEdge(labelled).label).toBe("pickle");
  });

  it("keeps only text labels", () => {
    expect(fromFlowEdge({ id: "e", source: "a", target: "b", label: 42, selected: true }).label).toBeNull();
  });
});

describe("applyPhaseFromPosition", () => {
  const at = (y: number): PipelineNode => ({ ...node, position: { x: 0, y } });

  it("keeps the node (same object) when it stays in its lane", () => {
    const n = at(laneCenterY("ML") - NODE_HEIGHT / 2);
    const result = applyPhaseFromPosition(n);
    expect(result).toEqual({ node: n, changed: false });
    expect(result.node).toBe(n);
  });

  it("takes the lane of the node's vertical centre", () => {
    expect(applyPhaseFromPosition(at(laneCenterY("DEV") - NODE_HEIGHT / 2))).toEqual({
      node: { ...at(laneCenterY("DEV") - NODE_HEIGHT / 2), phase: "DEV" },
      changed: true,
    });
    // Top edge already in DEV but centre still in ML: stays ML.
    expect(applyPhaseFromPosition(at(laneTop("DEV") - NODE_HEIGHT / 2 - 1)).changed).toBe(false);
    expect(applyPhaseFromPosition(at(laneTop("DEV") - NODE_HEIGHT / 2)).node.phase).toBe("DEV");
    expect(applyPhaseFromPosition(at(10_000)).node.phase).toBe("PROD");
    expect(applyPhaseFromPosition({ ...at(-500), phase: "PROD" }).node.phase).toBe("ML");
  });

  it("works on React Flow nodes too, changing only data.phase", () => {
    const flow = { ...toFlowNode(at(laneCenterY("PROD"))), selected: true };
    const { node: moved, changed } = applyPhaseFromPosition(flow);
    expect(changed).toBe(true);
    expect(moved).toEqual({ ...flow, data: { ...flow.data, phase: "PROD" } });
    const same = toFlowNode(at(0));
    expect(applyPhaseFromPosition(same).node).toBe(same);
  });
});
