import { PHASES, type Phase } from "./types";

// The canvas is three horizontal swimlanes stacked top to bottom in PHASES order
// (ML, DEV, PROD), each LANE_HEIGHT tall, starting at y = 0 in flow coordinates.
// Lanes are unbounded horizontally. Node positions are React Flow's top-left corner.

export const LANE_HEIGHT = 320;
export const NODE_WIDTH = 220;
export const NODE_HEIGHT = 88;
/** Space kept between a node and its lane's border, so neighbouring lanes' nodes never touch. */
export const LANE_PADDING = 16;

function laneIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

export function laneTop(phase: Phase): number {
  return laneIndex(phase) * LANE_HEIGHT;
}

export function laneBottom(phase: Phase): number {
  return laneTop(phase) + LANE_HEIGHT;
}

export function laneCenterY(phase: Phase): number {
  return laneTop(phase) + LANE_HEIGHT / 2;
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
export function phaseForY(centerY: number): Phase {
  if (!(centerY >= laneTop("DEV"))) return "ML";
  if (centerY < laneTop("PROD")) return "DEV";
  return "PROD";
}

/** The top-left y that keeps a NODE_HEIGHT node fully inside `phase`'s lane, padding included. */
export function clampIntoLane(y: number, phase: Phase): number {
  const min = laneTop(phase) + LANE_PADDING;
  const max = laneBottom(phase) - LANE_PADDING - NODE_HEIGHT;
  if (Number.isNaN(y)) return min;
  return Math.min(max, Math.max(min, y));
}

/** Top-left y of a node centred vertically in its lane. */
export function centredInLane(phase: Phase): number {
  return laneCenterY(phase) - NODE_HEIGHT / 2;
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
