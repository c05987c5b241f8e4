import { describe, expect, it } from "vitest";
import { backRun, edgeRoute } from "./edge-route";
import { edgeTracks, labelWidth, type TrackedEdge } from "./edge-tracks";
import { NODE_HEIGHT, NODE_WIDTH } from "./lanes";
import { WRAP_ROW_GAP } from "./layout";

// Two rows of four cards as a wrapped layout places them: 64 px between columns, WRAP_ROW_GAP between rows.
const COLUMN = NODE_WIDTH + 64;
const rightSide = (col: number, row: number) => ({
  x: col * COLUMN + NODE_WIDTH,
  y: row * (NODE_HEIGHT + WRAP_ROW_GAP) + NODE_HEIGHT / 2,
});
const leftSide = (col: number, row: number) => ({
  x: col * COLUMN,
  y: row * (NODE_HEIGHT + WRAP_ROW_GAP) + NODE_HEIGHT / 2,
});
const edge = (id: string, from: [number, number], to: [number, number], label?: string): TrackedEdge => ({
  id,
  source: rightSide(...from),
  target: leftSide(...to),
  label,
});

/** The label's box as the export draws it (18 px high, labelWidth wide, centred on the point). */
const box = (e: TrackedEdge, tracks: ReturnType<typeof edgeTracks>) => {
  const { label: at } = edgeRoute(e.source, e.target, NODE_HEIGHT, tracks.get(e.id));
  const w = labelWidth(e.label!);
  return { left: at.x - w / 2, right: at.x + w / 2, top: at.y - 9, bottom: at.y + 9 };
};
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("edgeTracks", () => {
  it("gives back edges whose runs overlap in one gap different heights within the gap", () => {
    // Steps of the first row feeding steps of the second: every run is in the gap between them.
    const edges = [edge("a", [3, 0], [0, 1]), edge("b", [2, 0], [0, 1]), edge("c", [3, 0], [1, 1])];
    const tracks = edgeTracks(edges);
    const heights = edges.map((e) => backRun(e.source, e.target)!.y + tracks.get(e.id)!.offset);
    expect(new Set(heights).size).toBe(3);
    // Every run stays inside the gap, clear of the cards above and below it.
    const gapTop = NODE_HEIGHT;
    for (const y of heights) {
      expect(y).toBeGreaterThan(gapTop + 4);
      expect(y).toBeLessThan(gapTop + WRAP_ROW_GAP - 4);
    }
  });

  it("places labels sharing a gap side by side, each on its own run", () => {
    const edges = [
      edge("a", [3, 0], [0, 1], "df_clean"),
      edge("b", [2, 0], [1, 1], "features.parquet"),
      edge("c", [3, 0], [1, 1], "model"),
    ];
    const tracks = edgeTracks(edges);
    const boxes = edges.map((e) => box(e, tracks));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    // Without tracks each sits at the middle of its run, and a's and b's middles are the same point.
    const middles = edges.map((e) => {
      const run = backRun(e.source, e.target)!;
      return (run.left + run.right) / 2;
    });
    expect(middles[0]).toBe(middles[1]);
    for (const e of edges) {
      const run = backRun(e.source, e.target)!;
      const x = tracks.get(e.id)!.labelX!;
      expect(x).toBeGreaterThanOrEqual(run.left);
      expect(x).toBeLessThanOrEqual(run.right);
    }
  });

  it("leaves alone a back edge with its gap to itself, and every forward edge", () => {
    const tracks = edgeTracks([
      edge("wrap", [3, 0], [0, 1]),
      edge("fwd1", [0, 0], [1, 0]),
      edge("fwd2", [1, 0], [2, 0]),
      edge("other-gap", [3, 1], [0, 2]),
    ]);
    expect(tracks.size).toBe(0);
  });

  it("lets runs that do not overlap along a gap share its middle", () => {
    // Two short back edges at opposite ends of the same gap.
    const tracks = edgeTracks([edge("left", [0, 0], [0, 1]), edge("right", [3, 0], [3, 1])]);
    expect(tracks.get("left")!.offset).toBe(0);
    expect(tracks.get("right")!.offset).toBe(0);
  });
});
