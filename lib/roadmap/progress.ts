import { STAGES, type Stage } from "../pipeline/types";
import type { MaturitySnapshot, RoadmapItemFacts, RoadmapNodeFacts } from "./types";

// "Celebrate the wins" above the board: progress per stage and overall, what was done lately,
// how much of the pipeline runs by itself, and the maturity trend across assessments.

export type ProgressCount = { done: number; total: number; percent: number };
export type RoadmapProgress = { stages: ({ stage: Stage } & ProgressCount)[]; overall: ProgressCount };

export const DONE_RECENTLY_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole percent, rounded down so 99.6% never shows as a finished 100%. */
function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part / whole) * 100);
}

function count(items: readonly Pick<RoadmapItemFacts, "status">[]): ProgressCount {
  const done = items.filter((i) => i.status === "DONE").length;
  return { done, total: items.length, percent: percentOf(done, items.length) };
}

/** Done / total per stage (in STAGES order, empty stages included) and overall. */
export function roadmapProgress(items: readonly Pick<RoadmapItemFacts, "stage" | "status">[]): RoadmapProgress {
  return {
    stages: STAGES.map((stage) => ({ stage, ...count(items.filter((i) => i.stage === stage)) })),
    overall: count(items),
  };
}

/** DONE items with doneAt in the `days` days up to `now`, newest first (ties by id). */
export function doneRecently<T extends Pick<RoadmapItemFacts, "id" | "status" | "doneAt">>(
  items: readonly T[],
  now: Date,
  days: number = DONE_RECENTLY_DAYS,
): T[] {
  const since = now.getTime() - days * DAY_MS;
  const at = (i: T) => (i.doneAt ? Date.parse(i.doneAt) : NaN);
  return items
    .filter((i) => i.status === "DONE" && at(i) >= since && at(i) <= now.getTime())
    .sort((a, b) => at(b) - at(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type AutomationShare = {
  /** The nodes that are work: steps and components. */
  steps: number;
  automated: number;
  partial: number;
  /** (automated + partial / 2) / steps, 0–1; 0 when there are no steps. */
  share: number;
  percent: number;
};

/**
 * The share of the pipeline's work that runs by itself. Steps and components count: a
 * starter pipeline is all components, and "Automate this" and "mark the linked steps
 * automated" act on both; data sets and external systems are not work someone does. A
 * PARTIAL node counts as half: part of it still waits for a person.
 */
export function automationShare(nodes: readonly Pick<RoadmapNodeFacts, "kind" | "automation">[]): AutomationShare {
  const steps = nodes.filter((n) => n.kind === "step" || n.kind === "component");
  const automated = steps.filter((n) => n.automation === "AUTOMATED").length;
  const partial = steps.filter((n) => n.automation === "PARTIAL").length;
  const share = steps.length === 0 ? 0 : (automated + partial / 2) / steps.length;
  return { steps: steps.length, automated, partial, share, percent: percentOf(automated + partial / 2, steps.length) };
}

export type MaturityPoint = {
  submittedAt: string;
  /** Google Cloud's overall level, 0–2. */
  googleLevel: number;
  /** Mean of the dimensions' Microsoft levels (0–4), to one decimal: moves before the Google level does. */
  averageLevel: number;
};

export type MaturityTrend = {
  /** Oldest first. */
  points: MaturityPoint[];
  first: MaturityPoint;
  latest: MaturityPoint;
  googleDelta: number;
  averageDelta: number;
};

/** Submitted assessments over time (any order in); null when there are none. */
export function maturityTrend(assessments: readonly MaturitySnapshot[]): MaturityTrend | null {
  const points = [...assessments]
    .sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt))
    .map((a): MaturityPoint => {
      const sum = a.dimensions.reduce((s, d) => s + d.level, 0);
      const averageLevel = a.dimensions.length === 0 ? 0 : Math.round((sum / a.dimensions.length) * 10) / 10;
      return { submittedAt: a.submittedAt, googleLevel: a.googleLevel, averageLevel };
    });
  const first = points[0];
  const latest = points[points.length - 1];
  if (!first || !latest) return null;
  return {
    points,
    first,
    latest,
    googleDelta: latest.googleLevel - first.googleLevel,
    averageDelta: Math.round((latest.averageLevel - first.averageLevel) * 10) / 10,
  };
}
