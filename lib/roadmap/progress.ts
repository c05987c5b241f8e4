import type { Stage } from "../pipeline/types";
import type { MaturitySnapshot, RoadmapItemFacts, RoadmapNodeFacts } from "./types";

// "Celebrate the wins": progress per stage and overall, what was done lately, how much of the
// pipeline runs by itself, and the maturity trend.

export type ProgressCount = { done: number; total: number; percent: number };
export type RoadmapProgress = { stages: ({ stage: Stage } & ProgressCount)[]; overall: ProgressCount };

export const DONE_RECENTLY_DAYS = 14;

export function roadmapProgress(_items: readonly Pick<RoadmapItemFacts, "stage" | "status">[]): RoadmapProgress {
  throw new Error("not yet");
}

/** DONE items with doneAt within the last `days` days before `now`, newest first. */
export function doneRecently<T extends Pick<RoadmapItemFacts, "id" | "status" | "doneAt">>(
  _items: readonly T[],
  _now: Date,
  _days?: number,
): T[] {
  throw new Error("not yet");
}

export type AutomationShare = {
  steps: number;
  automated: number;
  partial: number;
  /** (automated + partial / 2) / steps, 0–1; 0 when there are no steps. */
  share: number;
  percent: number;
};

export function automationShare(_nodes: readonly Pick<RoadmapNodeFacts, "kind" | "automation">[]): AutomationShare {
  throw new Error("not yet");
}

export type MaturityTrend = {
  points: { submittedAt: string; googleLevel: number; averageLevel: number }[];
  first: { submittedAt: string; googleLevel: number; averageLevel: number };
  latest: { submittedAt: string; googleLevel: number; averageLevel: number };
  googleDelta: number;
  averageDelta: number;
};

/** Submitted assessments over time (any order in); null when there are none. */
export function maturityTrend(_assessments: readonly MaturitySnapshot[]): MaturityTrend | null {
  throw new Error("not yet");
}
