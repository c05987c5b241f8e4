import { NODE_HEIGHT, NODE_WIDTH } from "./lanes";
import { WRAP_ROW_GAP } from "./layout";

// How an edge is drawn, on the canvas (components/canvas/routed-edge.tsx) and in the SVG export
// (export-svg.ts) alike: from the source card's right side to the target card's left side.
//
// Forward, when the target starts to the right of the source: a curve, as React Flow draws.
// Back, when it does not (a wrapped layout's next row starts at the left again; a step that
// feeds an earlier one): a curve from right to left would cut across every card between them,
// so the edge leaves to the right, runs along the gap between the rows, and comes in from the left.

type Point = { x: number; y: number };

export type EdgeRoute = {
  /** An SVG path's `d`, in the coordinates it was given. */
  d: string;
  /** Where a label sits: the middle of the run between the two ends (or the track's place for it). */
  label: Point;
};

/**
 * A back edge's place in a row gap it shares with others (./edge-tracks.ts): `offset` moves its
 * run up or down from the middle of the gap, `labelX` its label along the run.
 */
export type EdgeTrack = { offset: number; labelX?: number };

/** A back edge's run along a row gap: at height `y`, from `left` (before the target) to `right` (after the source). */
export type BackRun = { y: number; left: number; right: number };

/** How far an edge runs out of a card's side before it turns: within the layouts' column gaps. */
const LEAD = 24;
/** The radius of a back edge's corners. */
const CORNER = 8;

/** A coordinate as an SVG attribute writes it: whole numbers as they are, others to a tenth. */
export const svgNumber = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const n = svgNumber;

/**
 * The ends of an edge between the cards whose top left corners are `from` and `to`: the middle
 * of the source's right side and of the target's left side, where the canvas puts its handles.
 */
export function cardEnds(from: Point, to: Point): { source: Point; target: Point } {
  return {
    source: { x: from.x + NODE_WIDTH, y: from.y + NODE_HEIGHT / 2 },
    target: { x: to.x, y: to.y + NODE_HEIGHT / 2 },
  };
}

/**
 * The run of a back edge (null for a forward one). It goes along the gap under the source
 * card's row when the target is below it (the middle of that gap, or of the space between the
 * two cards if that is less); else above both cards. It comes down or up the column gap left of
 * the target, which no card of a layout sits in.
 */
export function backRun(source: Point, target: Point, cardHeight = NODE_HEIGHT): BackRun | null {
  if (target.x >= source.x + 2 * CORNER) return null;
  const half = cardHeight / 2;
  const below = target.y - half > source.y + half;
  const y = below
    ? Math.min(source.y + half + WRAP_ROW_GAP / 2, (source.y + half + target.y - half) / 2)
    : Math.min(source.y, target.y) - half - WRAP_ROW_GAP / 2;
  return { y, left: target.x - LEAD, right: source.x + LEAD };
}

/**
 * The route from `source` (the middle of the source card's right side) to `target` (the middle
 * of the target card's left side). `cardHeight` is the cards' height: a back edge runs half a
 * row gap below the source card, or above both cards when the target is not below it; `track`
 * is its place when it shares that gap with other back edges.
 */
export function edgeRoute(source: Point, target: Point, cardHeight = NODE_HEIGHT, track?: EdgeTrack): EdgeRoute {
  const run = backRun(source, target, cardHeight);
  if (!run) {
    const bend = Math.max(40, (target.x - source.x) / 2);
    return {
      d: `M ${n(source.x)} ${n(source.y)} C ${n(source.x + bend)} ${n(source.y)}, ${n(target.x - bend)} ${n(target.y)}, ${n(target.x)} ${n(target.y)}`,
      label: { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2 },
    };
  }
  const gutter = run.y + (track?.offset ?? 0);
  return {
    d: roundedPolyline([
      source,
      { x: run.right, y: source.y },
      { x: run.right, y: gutter },
      { x: run.left, y: gutter },
      { x: run.left, y: target.y },
      target,
    ]),
    label: { x: track?.labelX ?? (run.left + run.right) / 2, y: gutter },
  };
}

/** A path through `points` (horizontal and vertical runs) with each corner rounded. */
function roundedPolyline(points: readonly Point[]): string {
  const parts = [`M ${n(points[0]!.x)} ${n(points[0]!.y)}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [prev, at, next] = [points[i - 1]!, points[i]!, points[i + 1]!];
    // A corner's radius fits in half of each run it joins.
    const r = Math.min(CORNER, distance(prev, at) / 2, distance(at, next) / 2);
    const into = towards(at, prev, r);
    const outOf = towards(at, next, r);
    parts.push(`L ${n(into.x)} ${n(into.y)}`, `Q ${n(at.x)} ${n(at.y)} ${n(outOf.x)} ${n(outOf.y)}`);
  }
  const last = points[points.length - 1]!;
  parts.push(`L ${n(last.x)} ${n(last.y)}`);
  return parts.join(" ");
}

const distance = (a: Point, b: Point) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y);

/** The point `r` from `from` on the way to `to` (runs are horizontal or vertical). */
function towards(from: Point, to: Point, r: number): Point {
  const length = distance(from, to);
  if (length === 0) return from;
  return { x: from.x + ((to.x - from.x) / length) * r, y: from.y + ((to.y - from.y) / length) * r };
}
