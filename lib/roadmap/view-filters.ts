import { z } from "zod";
import type { Phase, Priority, Stage } from "../pipeline/types";
import type { RoadmapItemFacts, RoadmapStatus } from "./types";

// The table view: filters (owner incl. "unassigned", phase, priority, status, stage, "my items"),
// a stable sort by any column, and the state as URL params (outside input: zod-validated).

export const ROADMAP_SORT_KEYS = [
  "position",
  "title",
  "owner",
  "phase",
  "priority",
  "status",
  "stage",
  "targetDate",
  "updatedAt",
] as const;
export type RoadmapSortKey = (typeof ROADMAP_SORT_KEYS)[number];

/** The owner filter's value for items nobody owns. */
export const UNASSIGNED = "unassigned";

/** The priority filter's value for items with no priority. */
export const NO_PRIORITY = "none";

export type RoadmapView = {
  /** Membership ids and/or UNASSIGNED. */
  owner: string[];
  phase: Phase[];
  priority: (Priority | typeof NO_PRIORITY)[];
  status: RoadmapStatus[];
  stage: Stage[];
  /** "My items": owner = the viewer's membership. */
  mine: boolean;
  sort: RoadmapSortKey;
  dir: "asc" | "desc";
};

export const ZRoadmapView: z.ZodType<RoadmapView> = z.any();

export const DEFAULT_ROADMAP_VIEW: RoadmapView = {
  owner: [],
  phase: [],
  priority: [],
  status: [],
  stage: [],
  mine: false,
  sort: "position",
  dir: "asc",
};

export function filterItems<T extends RoadmapItemFacts>(
  _items: readonly T[],
  _view: RoadmapView,
  _me: string | null,
): T[] {
  throw new Error("not yet");
}

export function sortItems<T extends RoadmapItemFacts>(
  _items: readonly T[],
  _sort: RoadmapSortKey,
  _dir: "asc" | "desc",
): T[] {
  throw new Error("not yet");
}

/** Filter then sort. */
export function applyView<T extends RoadmapItemFacts>(
  _items: readonly T[],
  _view: RoadmapView,
  _me: string | null,
): T[] {
  throw new Error("not yet");
}

/** URL params → view; unknown or bad values are dropped (listed in `problems`), never thrown. */
export function parseViewParams(_params: URLSearchParams): { view: RoadmapView; problems: string[] } {
  throw new Error("not yet");
}

/** View → URL params, defaults left out so a clean view is a clean URL. */
export function viewToParams(_view: RoadmapView): URLSearchParams {
  throw new Error("not yet");
}
