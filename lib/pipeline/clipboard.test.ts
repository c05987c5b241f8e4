import { describe, expect, it } from "vitest";
import { pipelineNode } from "@/test/pipeline-node";
import { PASTE_OFFSET, pasteWithNewIds } from "./clipboard";
import { FIXED_LANES, laneBottom, laneGeometry, laneTop, NODE_HEIGHT } from "./lanes";
import type { PipelineEdge } from "./types";

const counter = (prefix: string) => {
  let i = 0;
  return () => `${prefix}${++i}`;
};
const edge = (id: string, source: string, target: string): PipelineEdge => ({ id, source, target, label: "csv" });

describe("pasteWithNewIds", () => {
  const a = pipelineNode("a", { position: { x: 10, y: 100 }, sourceCells: [1, 2] });
  const b = pipelineNode("b", { position: { x: 300, y: 120 } });
  const edges = [edge("e1", "a", "b"), edge("e2", "b", "c"), edge("e3", "c", "a")];

  it("gives the copies new ids and keeps everything else but the position", () => {
    const { nodes } = pasteWithNewIds([a, b], edges, counter("n"), counter("e"), FIXED_LANES);
    expect(nodes.map((n) => n.id)).toEqual(["n1", "n2"]);
    expect(nodes[0]).toEqual({ ...a, id: "n1", position: { x: 10 + PASTE_OFFSET, y: 100 + PASTE_OFFSET } });
    expect(nodes[0]!.sourceCells).not.toBe(a.sourceCells);
  });

  it("keeps only the edges between copied nodes, re-pointed at the copies", () => {
    // e2 and e3 reach "c", which was not copied.
    const { edges: pasted } = pasteWithNewIds([a, b], edges, counter("n"), counter("e"), FIXED_LANES);
    expect(pasted).toEqual([{ id: "e1", source: "n1", target: "n2", label: "csv" }]);
  });

  it("keeps a copy inside its lane when the offset would push it out", () => {
    const low = pipelineNode("low", { phase: "ML", position: { x: 0, y: laneBottom("ML") - NODE_HEIGHT - 20 } });
    const [copy] = pasteWithNewIds([low], [], counter("n"), counter("e"), FIXED_LANES).nodes;
    expect(copy!.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom("ML"));
    expect(copy!.phase).toBe("ML");
  });

  it("pastes into a lane grown by wrapped rows by its real bounds, not a fixed lane height", () => {
    // Three wrapped rows in ML: the lane is taller than LANE_HEIGHT, DEV starts lower.
    const rows = [100, 240, 380].map((y, i) => pipelineNode(`r${i}`, { phase: "ML", position: { x: 0, y } }));
    const lanes = laneGeometry(rows);
    expect(laneTop("DEV", lanes)).toBeGreaterThan(laneTop("DEV"));
    // The second row, below LANE_HEIGHT's band: a fixed lane would clamp it up into the first rows.
    const [copy] = pasteWithNewIds([rows[1]!], [], counter("n"), counter("e"), lanes).nodes;
    expect(copy!.position.y).toBe(240 + PASTE_OFFSET);
    expect(copy!.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom("ML", lanes));
  });

  it("pastes nothing from an empty clipboard", () => {
    expect(pasteWithNewIds([], edges, counter("n"), counter("e"), FIXED_LANES)).toEqual({ nodes: [], edges: [] });
  });
});
