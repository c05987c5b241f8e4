import type { Priority } from "../pipeline/types";
import type { RoadmapItemFacts, RoadmapPerson } from "./types";

// Per person: open (not DONE) items by priority, so a lead sees who carries what.

export type PriorityCounts = Record<Priority | "none", number>;
export type WorkloadRow = { owner: RoadmapPerson | null; open: number; byPriority: PriorityCounts; itemIds: string[] };
export type Workload = { rows: WorkloadRow[]; unassigned: WorkloadRow };

/** Rows for every owner with open items and every listed member (zero rows included), heaviest first. */
export function roadmapWorkload(
  _items: readonly Pick<RoadmapItemFacts, "id" | "owner" | "priority" | "status">[],
  _members?: readonly RoadmapPerson[],
): Workload {
  throw new Error("not yet");
}
