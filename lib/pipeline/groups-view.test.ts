import { describe, expect, it } from "vitest";
import { FRAME_HEADER, FRAME_PADDING, groupView, isGroupFrameId } from "./groups-view";
import { NODE_HEIGHT, NODE_WIDTH } from "./lanes";

const at = (id: string, x: number, y: number) => ({ id, position: { x, y } });
const nodes = [at("a", 0, 40), at("b", 300, 40), at("c", 600, 360), at("x", 900, 700)];
const edges = [
  { id: "e1", source: "a", target: "b" },
  { id: "e2", source: "b", target: "c" },
  { id: "e3", source: "c", target: "x" },
  { id: "e4", source: "a", target: "x" },
];
const groups = [{ id: "g1", name: "churn.ipynb", nodeIds: ["a", "b", "c"] }];

describe("groupView", () => {
  it("draws an expanded group as a frame around its steps, changing nothing else", () => {
    const view = groupView(nodes, edges, groups, new Set());
    expect(view.frames).toEqual([
      {
        id: "group:g1",
        groupId: "g1",
        name: "churn.ipynb",
        count: 3,
        collapsed: false,
        position: { x: -FRAME_PADDING, y: 40 - FRAME_PADDING - FRAME_HEADER },
        width: 600 + NODE_WIDTH + 2 * FRAME_PADDING,
        height: 320 + NODE_HEIGHT + 2 * FRAME_PADDING + FRAME_HEADER,
      },
    ]);
    expect(view.hidden.size).toBe(0);
    expect(view.edges).toEqual(edges);
    expect(isGroupFrameId(view.frames[0]!.id)).toBe(true);
  });

  it("collapses a group into one card with its step count; edges attach to the card", () => {
    const view = groupView(nodes, edges, groups, new Set(["g1"]));
    expect(view.frames[0]).toMatchObject({ collapsed: true, count: 3, position: { x: 0, y: 40 }, width: NODE_WIDTH });
    expect([...view.hidden].sort()).toEqual(["a", "b", "c"]);
    // e1, e2 are inside; e3 and e4 both become card → x, drawn once.
    expect(view.edges).toEqual([{ id: "e3", source: "notebook:g1", target: "x" }]);
    expect(isGroupFrameId(view.frames[0]!.id)).toBe(true);
  });

  it("counts only the steps still in the diagram, skips emptied groups, and draws a step in one group", () => {
    const view = groupView(
      [at("b", 300, 40)],
      [],
      [
        { id: "g1", name: "one", nodeIds: ["a", "b"] },
        { id: "g2", name: "two", nodeIds: ["b"] },
        { id: "g3", name: "gone", nodeIds: ["zzz"] },
      ],
      new Set(),
    );
    expect(view.frames.map((f) => [f.groupId, f.count])).toEqual([["g1", 1]]);
  });

  it("expanding restores exactly the diagram's own nodes and edges", () => {
    const collapsed = groupView(nodes, edges, groups, new Set(["g1"]));
    const expanded = groupView(nodes, edges, groups, new Set());
    expect(collapsed.edges).not.toEqual(edges);
    expect(expanded.edges).toEqual(edges);
    expect(expanded.hidden.size).toBe(0);
  });
});
