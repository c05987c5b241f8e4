import { PRIORITIES, type Priority } from "../pipeline/types";
import type { RoadmapItemFacts, RoadmapPerson } from "./types";

// Per person: open (not DONE) items by priority, so a lead sees who carries what before
// assigning more. Members with nothing open are listed too (given `members`): they are who
// to give the next item to.

export type PriorityCounts = Record<Priority | "none", number>;
export type WorkloadRow = { owner: RoadmapPerson | null; open: number; byPriority: PriorityCounts; itemIds: string[] };
export type Workload = { rows: WorkloadRow[]; unassigned: WorkloadRow };

type WorkItem = Pick<RoadmapItemFacts, "id" | "owner" | "priority" | "status">;

const emptyCounts = (): PriorityCounts => ({ P0: 0, P1: 0, P2: 0, P3: 0, none: 0 });
const emptyRow = (owner: RoadmapPerson | null): WorkloadRow => ({
  owner,
  open: 0,
  byPriority: emptyCounts(),
  itemIds: [],
});

/**
 * Heaviest first: most open items, then most urgent (more P0s, then P1s…), then by name and
 * id so equal loads keep one order. Item ids in a row are in the order given (the board's).
 */
export function roadmapWorkload(items: readonly WorkItem[], members: readonly RoadmapPerson[] = []): Workload {
  const rows = new Map<string, WorkloadRow>(members.map((m) => [m.id, emptyRow(m)]));
  const unassigned = emptyRow(null);
  for (const item of items) {
    if (item.status === "DONE") continue;
    let row = unassigned;
    if (item.owner) {
      row = rows.get(item.owner.id) ?? emptyRow(item.owner);
      rows.set(item.owner.id, row);
    }
    row.open += 1;
    row.byPriority[item.priority ?? "none"] += 1;
    row.itemIds.push(item.id);
  }
  return { rows: [...rows.values()].sort(heavierFirst), unassigned };
}

function heavierFirst(a: WorkloadRow, b: WorkloadRow): number {
  if (a.open !== b.open) return b.open - a.open;
  for (const p of PRIORITIES) if (a.byPriority[p] !== b.byPriority[p]) return b.byPriority[p] - a.byPriority[p];
  const an = a.owner?.name ?? "";
  const bn = b.owner?.name ?? "";
  if (an !== bn) return an.localeCompare(bn, "en");
  const ai = a.owner?.id ?? "";
  const bi = b.owner?.id ?? "";
  return ai < bi ? -1 : ai > bi ? 1 : 0;
}
