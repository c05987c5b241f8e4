import type { Edge, Node } from "@xyflow/react";
import { describe, expect, it } from "vitest";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/pipeline/lanes";
import { WRAP_ROW_GAP } from "@/lib/pipeline/layout";
import { withEdgeTracks } from "./tracked-edges";

const COLUMN = NODE_WIDTH + 64;
const card = (id: string, col: number, row: number, hidden = false): Node => ({
  id,
  position: { x: col * COLUMN, y: row * (NODE_HEIGHT + WRAP_ROW_GAP) },
  data: {},
  ...(hidden && { hidden }),
});
const link = (id: string, source: string, target: string, label?: string): Edge => ({ id, source, target, label });

describe("withEdgeTracks", () => {
  const nodes = [card("a0", 0, 0), card("a2", 2, 0), card("a3", 3, 0), card("b0", 0, 1), card("b1", 1, 1)];

  it("gives back edges sharing a row gap their tracks, and passes every other edge through as it was", () => {
    const edges = [link("fwd", "a0", "a2"), link("x", "a3", "b0", "df"), link("y", "a2", "b1", "model")];
    const out = withEdgeTracks(nodes, edges);
    expect(out[0]).toBe(edges[0]);
    const tracks = out.slice(1).map((e) => (e.data as { track: { offset: number; labelX?: number } }).track);
    expect(tracks[0]!.offset).not.toBe(tracks[1]!.offset);
    expect(tracks.every((t) => typeof t.labelX === "number")).toBe(true);
    // The diagram's own edges are not changed (their data is what is saved).
    expect(edges[1]!.data).toBeUndefined();
  });

  it("returns the same array when no gap is shared, and ignores edges to hidden cards", () => {
    const edges = [link("x", "a3", "b0"), link("gone", "a2", "hidden")];
    expect(withEdgeTracks([...nodes, card("hidden", 1, 1, true)], edges)).toBe(edges);
  });
});
