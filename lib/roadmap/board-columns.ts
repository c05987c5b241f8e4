import { STAGE_LABELS } from "@/lib/pipeline/labels";
import { STAGES, type Stage } from "@/lib/pipeline/types";

// The board's columns while a card is dragged: ids per stage, in order. dnd-kit reports
// "active is over that card / that column" many times a second; these pure steps turn those
// reports into the next columns, and into the sentences a screen reader hears. The final
// columns are what PUT …/roadmap/order receives (every item exactly once).

export type BoardColumns = Record<Stage, string[]>;

type Placed = { id: string; stage: Stage; position: number };

/** The ids of each stage's items, by position (ties by id, so the order is stable). */
export function boardColumns(items: readonly Placed[]): BoardColumns {
  const columns: BoardColumns = { EXPERIMENTAL: [], MVP: [], PRODUCTIONIZATION: [] };
  const sorted = [...items].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of sorted) columns[item.stage].push(item.id);
  return columns;
}

export function isStage(value: unknown): value is Stage {
  return typeof value === "string" && (STAGES as readonly string[]).includes(value);
}

/** The stage holding `id`; a stage's own id (an empty column is a drop target) is that stage. */
export function stageOf(columns: BoardColumns, id: string): Stage | null {
  if (isStage(id)) return id;
  return STAGES.find((stage) => columns[stage].includes(id)) ?? null;
}

/**
 * `activeId` dragged over `overId` (a card or a column): the columns with the card moved
 * there — before the card it is over, or last when over the column itself. The same
 * columns object when nothing changes, so a state update can be skipped.
 */
export function moveOver(columns: BoardColumns, activeId: string, overId: string): BoardColumns {
  const from = stageOf(columns, activeId);
  const to = stageOf(columns, overId);
  if (!from || !to || activeId === overId) return columns;
  const fromIndex = columns[from].indexOf(activeId);
  if (from === to) {
    if (isStage(overId)) return columns;
    const toIndex = columns[to].indexOf(overId);
    return fromIndex === toIndex ? columns : { ...columns, [to]: arrayMove(columns[to], fromIndex, toIndex) };
  }
  const target = columns[to].filter((id) => id !== activeId);
  const overIndex = isStage(overId) ? target.length : target.indexOf(overId);
  target.splice(overIndex < 0 ? target.length : overIndex, 0, activeId);
  return { ...columns, [from]: columns[from].filter((id) => id !== activeId), [to]: target };
}

/** Move up (-1) or down (+1) within the card's stage; unchanged at either end. */
export function moveBy(columns: BoardColumns, id: string, delta: -1 | 1): BoardColumns {
  const stage = stageOf(columns, id);
  if (!stage) return columns;
  const from = columns[stage].indexOf(id);
  const to = from + delta;
  if (to < 0 || to >= columns[stage].length) return columns;
  return { ...columns, [stage]: arrayMove(columns[stage], from, to) };
}

/** Move to the end of another stage; unchanged when the card is already there. */
export function moveToStage(columns: BoardColumns, id: string, stage: Stage): BoardColumns {
  const from = stageOf(columns, id);
  if (!from || from === stage) return columns;
  return { ...columns, [from]: columns[from].filter((x) => x !== id), [stage]: [...columns[stage], id] };
}

export function sameColumns(a: BoardColumns, b: BoardColumns): boolean {
  return STAGES.every((stage) => a[stage].length === b[stage].length && a[stage].every((id, i) => b[stage][i] === id));
}

function arrayMove<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

// ---- What a screen reader hears (dnd-kit's accessibility.announcements) ----

/** "position 2 of 3 in MVP", 1-based, for the card's place in `columns`. */
export function placeText(columns: BoardColumns, id: string): string {
  const stage = stageOf(columns, id);
  if (!stage) return "outside the board";
  return `position ${columns[stage].indexOf(id) + 1} of ${columns[stage].length} in ${STAGE_LABELS[stage]}`;
}

export const announce = {
  pickedUp: (title: string, columns: BoardColumns, id: string) =>
    `Picked up ${title}, ${placeText(columns, id)}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
  moved: (title: string, columns: BoardColumns, id: string) => `${title} moved to ${placeText(columns, id)}.`,
  dropped: (title: string, columns: BoardColumns, id: string) => `${title} dropped at ${placeText(columns, id)}.`,
  cancelled: (title: string, columns: BoardColumns, id: string) =>
    `Moving ${title} was cancelled; it is back at ${placeText(columns, id)}.`,
};
