import { backRun, type BackRun, type EdgeTrack } from "./edge-route";
import { NODE_HEIGHT } from "./lanes";

// Back edges that share a row gap (./edge-route.ts): in a wrapped layout with data-flow edges,
// several steps of one row feed steps of the next, and every such edge runs along the same gap
// at the same height, so their runs lay on top of each other and their labels at the middle of
// each run overlapped. Each gets a track of its own (a small step up or down; the gap is 28 px)
// and each label a place along the gap of its own, left to right.

type Point = { x: number; y: number };

export type TrackedEdge = { id: string; source: Point; target: Point; label?: string | null };

/** The heights a run may take around the middle of its gap: the gap fits three, 8 px from the cards. */
const TRACK_OFFSETS = [0, -6, 6] as const;
/** Space kept between two labels along a gap. */
const LABEL_GAP = 6;
/** The longest label drawn in full; longer ones are cut with an ellipsis (the SVG export's rule). */
export const LABEL_MAX_CHARS = 40;

/** A label as drawn: cut to LABEL_MAX_CHARS. */
export const labelText = (label: string) =>
  label.length > LABEL_MAX_CHARS ? `${label.slice(0, LABEL_MAX_CHARS - 1)}…` : label;

/** About how wide a label's box is at the 11 px the canvas and the export use. */
export const labelWidth = (label: string) => labelText(label).length * 6.2 + 10;

/**
 * The tracks of the back edges that share a gap with another one, by edge id; an edge not in
 * the map (forward, or alone in its gap) is drawn as edgeRoute draws it by default.
 */
export function edgeTracks(edges: readonly TrackedEdge[], cardHeight = NODE_HEIGHT): Map<string, EdgeTrack> {
  const gaps = new Map<number, { edge: TrackedEdge; run: BackRun }[]>();
  for (const edge of edges) {
    const run = backRun(edge.source, edge.target, cardHeight);
    if (!run) continue;
    // Runs of one gap have the same height, up to the rounding of positions.
    const key = Math.round(run.y);
    const gap = gaps.get(key);
    if (gap) gap.push({ edge, run });
    else gaps.set(key, [{ edge, run }]);
  }
  const tracks = new Map<string, EdgeTrack>();
  for (const gap of gaps.values()) {
    if (gap.length < 2) continue;
    const offsets = trackOffsets(gap.map((g) => g.run));
    const labelXs = labelPlaces(gap.map((g) => ({ run: g.run, label: g.edge.label ?? null })));
    gap.forEach(({ edge }, i) => tracks.set(edge.id, { offset: offsets[i]!, labelX: labelXs[i] }));
  }
  return tracks;
}

/** Interval colouring, left to right: a run takes the first track whose last run ended before it starts. */
function trackOffsets(runs: readonly BackRun[]): number[] {
  const order = runs.map((_, i) => i).sort((a, b) => runs[a]!.left - runs[b]!.left || runs[a]!.right - runs[b]!.right);
  const ends: number[] = [];
  const offsets: number[] = [];
  for (const i of order) {
    const run = runs[i]!;
    let track = ends.findIndex((end) => end < run.left);
    if (track === -1) track = ends.length;
    ends[track] = run.right;
    // More overlapping runs than the gap has tracks share them again, in turn.
    offsets[i] = TRACK_OFFSETS[track % TRACK_OFFSETS.length]!;
  }
  return offsets;
}

/**
 * Each label at the middle of its run unless the label before it along the gap is there: then
 * just right of that one, as far as its own run allows (a label off its run would read as
 * another edge's).
 */
function labelPlaces(items: readonly { run: BackRun; label: string | null }[]): (number | undefined)[] {
  const middle = (run: BackRun) => (run.left + run.right) / 2;
  const order = items
    .map((_, i) => i)
    .filter((i) => items[i]!.label)
    .sort((a, b) => middle(items[a]!.run) - middle(items[b]!.run));
  const places: (number | undefined)[] = items.map(() => undefined);
  let taken = -Infinity;
  for (const i of order) {
    const { run, label } = items[i]!;
    const half = labelWidth(label!) / 2;
    const wanted = Math.max(middle(run), taken + LABEL_GAP + half);
    const x = Math.max(middle(run), Math.min(wanted, run.right - half));
    places[i] = x;
    taken = x + half;
  }
  return places;
}
