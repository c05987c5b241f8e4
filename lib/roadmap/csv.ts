import type { RoadmapItemFacts } from "./types";

// Jira / Linear importable CSV of the roadmap's items.

export const ROADMAP_CSV_COLUMNS = [
  "summary",
  "description",
  "assignee",
  "priority",
  "status",
  "labels",
  "due date",
] as const;

export function roadmapCsv(_items: readonly RoadmapItemFacts[]): string {
  throw new Error("not yet");
}
