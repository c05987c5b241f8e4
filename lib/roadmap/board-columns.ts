import { STAGE_LABELS } from "@/lib/pipeline/labels";
import { STAGES, type Stage } from "@/lib/pipeline/types";
import { locate, moveItemTo } from "./order";
import type { StageOrder } from "./types";

// The board while a card is dragged. dnd-kit reports "the active card is over that card /
// that column" many times a second; these pure steps turn a report into the next order
// (through order.ts, the one home of moves) and into the sentences a screen reader hears.
// The final order is what PUT …/roadmap/order receives (every item exactly once).

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/** The stage holding `id`; a stage's own id (an empty column is a drop target) is that stage. */
export function stageOf(order: StageOrder, id: string): Stage | null {
  return isStage(id) ? id : (locate(order, id)?.stage ?? null);
}

/**
 * `activeId` dragged over `overId` (a card or a column): the order with the card moved
 * there — to the place of the card it is over, or last when over the column itself. The
 * same object when nothing changes, so a state update can be skipped.
 */
export function moveOver(order: StageOrder, activeId: string, overId: string): StageOrder {
  const from = locate(order, activeId);
  const to = stageOf(order, overId);
  if (!from || !to || activeId === overId) return order;
  if (from.stage === to && isStage(overId)) return order;
  const others = order[to].filter((id) => id !== activeId);
  const index = isStage(overId) ? others.length : order[to].indexOf(overId);
  if (from.stage === to && from.index === index) return order;
  return moveItemTo(order, activeId, to, index);
}

export function sameOrder(a: StageOrder, b: StageOrder): boolean {
  return STAGES.every((stage) => a[stage].length === b[stage].length && a[stage].every((id, i) => b[stage][i] === id));
}

// ---- What a screen reader hears (dnd-kit's accessibility.announcements, menu moves) ----

/** "position 2 of 3 in MVP", 1-based, for the card's place in `order`. */
export function placeText(order: StageOrder, id: string): string {
  const at = locate(order, id);
  if (!at) return "outside the board";
  return `position ${at.index + 1} of ${order[at.stage].length} in ${STAGE_LABELS[at.stage]}`;
}

export const announce = {
  pickedUp: (title: string, order: StageOrder, id: string) =>
    `Picked up ${title}, ${placeText(order, id)}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
  moved: (title: string, order: StageOrder, id: string) => `${title} moved to ${placeText(order, id)}.`,
  dropped: (title: string, order: StageOrder, id: string) => `${title} dropped at ${placeText(order, id)}.`,
  cancelled: (title: string, order: StageOrder, id: string) =>
    `Moving ${title} was cancelled; it is back at ${placeText(order, id)}.`,
};

/**
 * The "moved" sentence, or nothing when the card would land where the last sentence put it.
 * dnd-kit reports a new "over" whenever the target under the card changes, also when the
 * place does not (over itself right after pick-up, over its own column when it is alone
 * there): announcing those says "moved" over the "Picked up" a listener has not heard yet.
 */
export function movedIfChanged(title: string, order: StageOrder, id: string, lastPlace: string): string | undefined {
  return placeText(order, id) === lastPlace ? undefined : announce.moved(title, order, id);
}
