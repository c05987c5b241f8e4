import { STAGES, type Stage } from "../pipeline/types";
import type { OrderedItem, StageOrder } from "./types";

// The board's order: checking a reorder request, turning an order into positions, and the
// keyboard moves the board offers. Pure, so the server and the board agree on every result;
// the board applies a move optimistically and sends the whole order (PUT …/roadmap/order).

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
  return { EXPERIMENTAL: [], MVP: [], PRODUCTIONIZATION: [] };
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The current order of items: by stage, then position, then id (so equal positions still sort one way). */
export function orderOf(items: readonly OrderedItem[]): StageOrder {
  const order = emptyOrder();
  const sorted = [...items].sort((a, b) => a.position - b.position || byCode(a.id, b.id));
  for (const item of sorted) order[item.stage].push(item.id);
  return order;
}

/**
 * Checks that `stages` names every current item exactly once, and nothing else. A stage left
 * out counts as empty (its items then show as missing). Every problem is listed, sorted.
 */
export function validateReorder(currentIds: readonly string[], stages: unknown): ReorderResult {
  const fail = (message: string, extra: Partial<ReorderError> = {}): ReorderResult => ({
    ok: false,
    error: { duplicates: [], missing: [], unknown: [], unknownStages: [], message, ...extra },
  });
  if (typeof stages !== "object" || stages === null || Array.isArray(stages))
    return fail("stages must be an object of stage → item ids.");
  const record = stages as Record<string, unknown>;
  const unknownStages = Object.keys(record)
    .filter((k) => !(STAGES as readonly string[]).includes(k))
    .sort(byCode);
  const order = emptyOrder();
  for (const stage of STAGES) {
    const ids = record[stage];
    if (ids === undefined) continue;
    if (!Array.isArray(ids) || ids.some((id) => typeof id !== "string"))
      return fail(`stages.${stage} must be a list of item ids.`, { unknownStages });
    order[stage] = [...(ids as string[])];
  }

  const current = new Set(currentIds);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of STAGES.flatMap((s) => order[s])) (seen.has(id) ? duplicates : seen).add(id);
  const unknown = [...seen].filter((id) => !current.has(id)).sort(byCode);
  const missing = [...current].filter((id) => !seen.has(id)).sort(byCode);
  const dupes = [...duplicates].sort(byCode);
  if (unknownStages.length + dupes.length + unknown.length + missing.length === 0) return { ok: true, order };

  const parts = [
    unknownStages.length > 0 && `names unknown stages (${unknownStages.join(", ")})`,
    dupes.length > 0 && `names items more than once (${dupes.join(", ")})`,
    missing.length > 0 && `leaves out items (${missing.join(", ")})`,
    unknown.length > 0 && `names items not on this roadmap (${unknown.join(", ")})`,
  ].filter(Boolean);
  return fail(`The order ${parts.join("; ")}: it must name every item exactly once.`, {
    duplicates: dupes,
    missing,
    unknown,
    unknownStages,
  });
}

/** Every item's stage and 0-based position in this order. */
export function positionsOf(order: StageOrder): OrderedItem[] {
  return STAGES.flatMap((stage) => order[stage].map((id, position) => ({ id, stage, position })));
}

/** Only the items whose stage or position differs from `items` (what a reorder must write). */
export function positionChanges(items: readonly OrderedItem[], order: StageOrder): OrderedItem[] {
  const before = new Map(items.map((i) => [i.id, i]));
  return positionsOf(order).filter((p) => {
    const was = before.get(p.id);
    return !was || was.stage !== p.stage || was.position !== p.position;
  });
}

/** Where an item is, or null. */
export function locate(order: StageOrder, itemId: string): { stage: Stage; index: number } | null {
  for (const stage of STAGES) {
    const index = order[stage].indexOf(itemId);
    if (index !== -1) return { stage, index };
  }
  return null;
}

/**
 * The order after a keyboard move, or null when the move is not possible (up from the top,
 * next stage from Productionization, an unknown id). A move to another stage keeps the item's
 * index where it can (so arrowing right and left comes back to the same place).
 */
export function moveItem(order: StageOrder, itemId: string, move: KeyboardMove): StageOrder | null {
  const at = locate(order, itemId);
  if (!at) return null;
  const last = order[at.stage].length - 1;
  const stageIndex = STAGES.indexOf(at.stage);
  switch (move) {
    case "up":
    case "top":
      return at.index === 0 ? null : moveItemTo(order, itemId, at.stage, move === "up" ? at.index - 1 : 0);
    case "down":
    case "bottom":
      return at.index === last ? null : moveItemTo(order, itemId, at.stage, move === "down" ? at.index + 1 : last);
    case "previous_stage":
    case "next_stage": {
      const target = STAGES[stageIndex + (move === "next_stage" ? 1 : -1)];
      return target ? moveItemTo(order, itemId, target, at.index) : null;
    }
  }
}

/** The order with the item placed at `index` (clamped to the stage) of `stage`: drag and drop. */
export function moveItemTo(order: StageOrder, itemId: string, stage: Stage, index: number): StageOrder {
  const next = emptyOrder();
  for (const s of STAGES) next[s] = order[s].filter((id) => id !== itemId);
  const target = next[stage];
  const at = Math.max(0, Math.min(Number.isFinite(index) ? Math.trunc(index) : target.length, target.length));
  target.splice(at, 0, itemId);
  return next;
}

/** The position a new item appended to `stage` gets: after the last one there. */
export function nextPosition(items: readonly OrderedItem[], stage: Stage): number {
  return items.reduce((max, i) => (i.stage === stage ? Math.max(max, i.position + 1) : max), 0);
}
