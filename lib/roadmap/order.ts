import type { Stage } from "../pipeline/types";
import type { OrderedItem, StageOrder } from "./types";

// The board's order: checking a reorder request, turning an order into positions, and the
// keyboard moves the board offers (pure, so the server and the UI agree on every result).

export type ReorderError = {
  /** Ids named more than once (in one stage or across stages). */
  duplicates: string[];
  /** Current items the request leaves out. */
  missing: string[];
  /** Ids the request names that are not items of this roadmap. */
  unknown: string[];
  /** Keys of `stages` that are not stages. */
  unknownStages: string[];
  /** One sentence naming the problem, for the 422. */
  message: string;
};

export type ReorderResult = { ok: true; order: StageOrder } | { ok: false; error: ReorderError };

export const KEYBOARD_MOVES = ["up", "down", "top", "bottom", "previous_stage", "next_stage"] as const;
export type KeyboardMove = (typeof KEYBOARD_MOVES)[number];

export function emptyOrder(): StageOrder {
  throw new Error("not yet");
}

/** The current order of items (by stage, then position, then id). */
export function orderOf(_items: readonly OrderedItem[]): StageOrder {
  throw new Error("not yet");
}

/** Checks that `stages` names every current item exactly once, and nothing else. */
export function validateReorder(_currentIds: readonly string[], _stages: unknown): ReorderResult {
  throw new Error("not yet");
}

/** Every item's stage and 0-based position in this order. */
export function positionsOf(_order: StageOrder): OrderedItem[] {
  throw new Error("not yet");
}

/** Only the items whose stage or position differs from `items` (what a reorder must write). */
export function positionChanges(_items: readonly OrderedItem[], _order: StageOrder): OrderedItem[] {
  throw new Error("not yet");
}

/** The order after a keyboard move, or null when the move is not possible (e.g. up from the top). */
export function moveItem(_order: StageOrder, _itemId: string, _move: KeyboardMove): StageOrder | null {
  throw new Error("not yet");
}

/** The order with the item placed at `index` (clamped) of `stage` (drag and drop). */
export function moveItemTo(_order: StageOrder, _itemId: string, _stage: Stage, _index: number): StageOrder {
  throw new Error("not yet");
}

/** Where an item is, or null. */
export function locate(_order: StageOrder, _itemId: string): { stage: Stage; index: number } | null {
  throw new Error("not yet");
}

/** The position a new item appended to `stage` gets. */
export function nextPosition(_items: readonly OrderedItem[], _stage: Stage): number {
  throw new Error("not yet");
}
