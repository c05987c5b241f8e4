import type { PaletteItem } from "./palette";
import { centredInLane, clampIntoLane, laneGeometry, NODE_HEIGHT, NODE_WIDTH, phaseForY } from "./lanes";
import { makeNode } from "./make-node";
import type { Phase, PipelineNode } from "./types";

// A palette item becoming a node. Clicked, it goes to the right end of its own lane, so it
// never covers a card; dropped, it is centred on the drop point and takes the phase of the
// lane it lands in (a drop is how the user says where it belongs). Lanes are where the canvas
// draws them: grown by wrapped rows (laneGeometry of the same nodes), not LANE_HEIGHT bands.

/** Horizontal room between the last card of a lane and a clicked-in one. */
export const CLICK_GAP = 60;
/** Where a clicked-in card goes in an empty lane: clear of the lane labels. */
export const FIRST_CARD_X = 80;

export function nodeFromPaletteItem(
  item: PaletteItem,
  existing: readonly { phase: Phase; position: { x: number; y: number } }[],
  id: string,
  droppedAt?: { x: number; y: number },
): PipelineNode {
  const lanes = laneGeometry(existing);
  const phase = droppedAt ? phaseForY(droppedAt.y, lanes) : item.phase;
  // A component is named after its first tool (what the team will see on the card); anything else after the item.
  const title = item.kind === "component" && item.tools[0] ? item.tools[0] : item.label;
  const common = { id, kind: item.kind, title, category: item.category, phase, stage: item.stage };
  if (droppedAt) {
    return makeNode({
      ...common,
      position: { x: droppedAt.x - NODE_WIDTH / 2, y: clampIntoLane(droppedAt.y - NODE_HEIGHT / 2, phase, lanes) },
    });
  }
  const inLane = existing.filter((n) => n.phase === phase);
  const x = inLane.length ? Math.max(...inLane.map((n) => n.position.x)) + NODE_WIDTH + CLICK_GAP : FIRST_CARD_X;
  return makeNode({ ...common, position: { x, y: centredInLane(phase, lanes) } });
}
