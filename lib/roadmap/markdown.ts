import type { RoadmapExportInput } from "./types";

// The roadmap as one GFM document (issue #12): title and date, maturity summary, the pipeline
// as Mermaid, a task list per stage, a table per owner. Deterministic for the same input.

export function renderRoadmapMarkdown(_input: RoadmapExportInput): string {
  throw new Error("not yet");
}
