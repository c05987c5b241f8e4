import { describe, expect, it } from "vitest";
import { edgeRoute } from "./edge-route";
import { NODE_HEIGHT, NODE_WIDTH } from "./lanes";

/** The path's points: every coordinate pair after a command letter. */
function pointsOf(d: string): { x: number; y: number }[] {
  const numbers = d
    .replace(/[MLCQ,]/g, " ")
    .trim()
    .split(/\s+/)
    .map(Number);
  const points = [];
  for (let i = 0; i < numbers.length; i += 2) points.push({ x: numbers[i]!, y: numbers[i + 1]! });
  return points;
}

/** Every point along the runs between corners (they are straight), not only the corners. */
function alongRuns(points: { x: number; y: number }[]) {
  return points.slice(1).flatMap((to, i) => {
    const from = points[i]!;
    return Array.from({ length: 21 }, (_, k) => ({
      x: from.x + ((to.x - from.x) * k) / 20,
      y: from.y + ((to.y - from.y) * k) / 20,
    }));
  });
}

/** A card at `x, y` (top left), as the layouts place them. */
const card = (x: number, y: number) => ({ x, y, width: NODE_WIDTH, height: NODE_HEIGHT });
const rightSide = (c: ReturnType<typeof card>) => ({ x: c.x + c.width, y: c.y + c.height / 2 });
const leftSide = (c: ReturnType<typeof card>) => ({ x: c.x, y: c.y + c.height / 2 });
const inside = (p: { x: number; y: number }, c: ReturnType<typeof card>) =>
  p.x > c.x && p.x < c.x + c.width && p.y > c.y && p.y < c.y + c.height;

describe("edgeRoute", () => {
  it("draws a forward edge as one curve from end to end", () => {
    const route = edgeRoute({ x: 220, y: 44 }, { x: 504, y: 44 });
    expect(route.d).toMatch(/^M 220 44 C .* 504 44$/);
    expect(route.label).toEqual({ x: 362, y: 44 });
  });

  it("takes a wrapped row's edge along the gap between the rows, never across a card", () => {
    // Two rows of four cards, 64 px apart, 28 px between the rows: the edge from the last card
    // of the first row to the first card of the second.
    const rowOne = [0, 1, 2, 3].map((i) => card(i * (NODE_WIDTH + 64), 0));
    const rowTwo = [0, 1, 2, 3].map((i) => card(i * (NODE_WIDTH + 64), NODE_HEIGHT + 28));
    const route = edgeRoute(rightSide(rowOne[3]!), leftSide(rowTwo[0]!));
    const points = pointsOf(route.d);
    expect(points[0]).toEqual(rightSide(rowOne[3]!));
    expect(points.at(-1)).toEqual(leftSide(rowTwo[0]!));
    for (const point of alongRuns(points)) for (const c of [...rowOne, ...rowTwo]) expect(inside(point, c)).toBe(false);
    // The long run is in the middle of the gap, where the label goes too.
    expect(route.label.y).toBe(NODE_HEIGHT + 14);
    expect(points.filter((p) => p.y === NODE_HEIGHT + 14).length).toBeGreaterThanOrEqual(2);
  });

  it("takes an edge to a row further down along the gap under its own row, then down the column gap", () => {
    const rows = [0, 1, 2].map((r) => [0, 1, 2].map((i) => card(i * (NODE_WIDTH + 64), r * (NODE_HEIGHT + 28))));
    const route = edgeRoute(rightSide(rows[0]![2]!), leftSide(rows[2]![0]!));
    for (const point of alongRuns(pointsOf(route.d))) for (const c of rows.flat()) expect(inside(point, c)).toBe(false);
    expect(route.label.y).toBe(NODE_HEIGHT + 14);
  });

  it("runs above both cards when a step feeds one before it in the same row", () => {
    const route = edgeRoute(rightSide(card(600, 100)), leftSide(card(0, 100)));
    const ys = pointsOf(route.d).map((p) => p.y);
    expect(Math.min(...ys)).toBeLessThan(100);
    expect(route.label.y).toBeLessThan(100);
  });

  it("rounds corners no larger than half of a short run", () => {
    // Target just below and to the left: the vertical runs are short.
    const route = edgeRoute({ x: 220, y: 44 }, { x: 200, y: 44 + NODE_HEIGHT + 4 });
    expect(route.d).toContain("Q");
    expect(pointsOf(route.d).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});
