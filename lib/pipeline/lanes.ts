import { PHASES, type Phase } from "./types";

// The canvas is three horizontal swimlanes stacked top to bottom in PHASES order
// (ML, DEV, PROD), starting at y = 0 in flow coordinates. Each is LANE_HEIGHT tall unless
// its nodes need more (an auto-layout that wraps a long lane into rows): then it grows and
// the lanes below move down (`laneGeometry`). Every function here takes the geometry, the
// fixed one by default. Lanes are unbounded horizontally. Node positions are React Flow's
// top-left corner.

export const LANE_HEIGHT = 320;
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 88;
/** Space kept between a node and its lane's border, so neighbouring lanes' nodes never touch. */
export const LANE_PADDING = 16;

/** Where each lane starts and how tall it is. */
export type LaneGeometry = Readonly<Record<Phase, { top: number; height: number }>>;

/** Three LANE_HEIGHT lanes. */
export const FIXED_LANES: LaneGeometry = stack({ ML: LANE_HEIGHT, DEV: LANE_HEIGHT, PROD: LANE_HEIGHT });

function stack(heights: Record<Phase, number>): LaneGeometry {
  let top = 0;
  const out = {} as Record<Phase, { top: number; height: number }>;
  for (const phase of PHASES) {
    out[phase] = { top, height: heights[phase] };
    top += heights[phase];
  }
  return out;
}

/** Lanes tall enough for the rows of `heights` (content height per lane, padding excluded), at least LANE_HEIGHT. */
export function lanesFor(contentHeights: Partial<Record<Phase, number>>): LaneGeometry {
  const h = (phase: Phase) => Math.max(LANE_HEIGHT, (contentHeights[phase] ?? 0) + 2 * LANE_PADDING);
  return stack({ ML: h("ML"), DEV: h("DEV"), PROD: h("PROD") });
}

/**
 * The lanes a diagram's nodes need: each lane (in order) starts where the one above ends and
 * reaches at least LANE_HEIGHT and past its lowest node by LANE_PADDING. Nodes are placed in
 * their lane by `phase` (data), so this never moves a node to another phase.
 */
export function laneGeometry(nodes: readonly { phase: Phase; position: { y: number } }[]): LaneGeometry {
  const lowest: Record<Phase, number> = { ML: -Infinity, DEV: -Infinity, PROD: -Infinity };
  for (const n of nodes) lowest[n.phase] = Math.max(lowest[n.phase], n.position.y + NODE_HEIGHT + LANE_PADDING);
  let top = 0;
  const out = {} as Record<Phase, { top: number; height: number }>;
  for (const phase of PHASES) {
    const height = Math.max(LANE_HEIGHT, lowest[phase] - top);
    out[phase] = { top, height };
    top += height;
  }
  return out;
}

export function laneTop(phase: Phase, lanes: LaneGeometry = FIXED_LANES): number {
  return lanes[phase].top;
}

export function laneHeight(phase: Phase, lanes: LaneGeometry = FIXED_LANES): number {
  return lanes[phase].height;
}

export function laneBottom(phase: Phase, lanes: LaneGeometry = FIXED_LANES): number {
  return laneTop(phase, lanes) + lanes[phase].height;
}

export function laneCenterY(phase: Phase, lanes: LaneGeometry = FIXED_LANES): number {
  return laneTop(phase, lanes) + lanes[phase].height / 2;
}

/** Vertical centre of a node whose top-left corner is at `y`. */
export function nodeCenterY(y: number): number {
  return y + NODE_HEIGHT / 2;
}

/**
 * The lane a vertical coordinate falls in. A lane owns its top border, not its bottom one;
 * anything above the ML lane counts as ML and anything below PROD as PROD, so a node
 * dropped outside the lanes still gets a phase. NaN counts as ML.
 */
export function phaseForY(centerY: number, lanes: LaneGeometry = FIXED_LANES): Phase {
  if (!(centerY >= laneTop("DEV", lanes))) return "ML";
  if (centerY < laneTop("PROD", lanes)) return "DEV";
  return "PROD";
}

/** The top-left y that keeps a NODE_HEIGHT node fully inside `phase`'s lane, padding included. */
export function clampIntoLane(y: number, phase: Phase, lanes: LaneGeometry = FIXED_LANES): number {
  const min = laneTop(phase, lanes) + LANE_PADDING;
  const max = laneBottom(phase, lanes) - LANE_PADDING - NODE_HEIGHT;
  if (Number.isNaN(y)) return min;
  return Math.min(max, Math.max(min, y));
}

/** Top-left y of a node centred vertically in its lane. */
export function centredInLane(phase: Phase, lanes: LaneGeometry = FIXED_LANES): number {
  return laneCenterY(phase, lanes) - NODE_HEIGHT / 2;
}

/** The bounding box of the nodes (cards have one fixed size), or null when there are none. */
export function nodesBounds(
  nodes: readonly { position: { x: number; y: number } }[],
): { x: number; y: number; width: number; height: number } | null {
  if (nodes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { position } of nodes) {
    minX = Math.min(minX, position.x);
    minY = Math.min(minY, position.y);
    maxX = Math.max(maxX, position.x + NODE_WIDTH);
    maxY = Math.max(maxY, position.y + NODE_HEIGHT);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** A lane label's height on screen (components/canvas/lanes-layer.tsx), with a gap. */
export const LANE_LABEL_SPACING = 48;

/**
 * Where each lane's label goes on screen (px from the canvas top) for a viewport at `y` and
 * `zoom`: inside its lane, on screen while any of the lane is, and never over the label above
 * it — at a low zoom a lane is thinner than its label, and labels stacked on each other were
 * the bug (issue 13).
 */
export function laneLabelTops(lanes: LaneGeometry, y: number, zoom: number): Record<Phase, number> {
  const out = {} as Record<Phase, number>;
  let previous = -Infinity;
  for (const phase of PHASES) {
    const top = y + laneTop(phase, lanes) * zoom;
    const bottom = top + laneHeight(phase, lanes) * zoom;
    previous = Math.max(Math.min(Math.max(top + 8, 8), bottom - LANE_LABEL_SPACING), previous + LANE_LABEL_SPACING);
    out[phase] = previous;
  }
  return out;
}
