import type { RoadmapExportInput } from "./types";

// A plain JSON of the roadmap's items: stable keys, a format name and version.

export const ROADMAP_JSON_FORMAT = "mlops-map.roadmap";
export const ROADMAP_JSON_VERSION = 1;

export function roadmapJson(_input: Pick<RoadmapExportInput, "project" | "date" | "items">): string {
  throw new Error("not yet");
}
