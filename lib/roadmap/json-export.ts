import { STAGES } from "../pipeline/types";
import type { RoadmapExportInput, RoadmapItemFacts } from "./types";

// A plain JSON of the roadmap's items for scripts and other tools: a format name and version
// first, then the items in board order, every item with the same keys in the same order (so a
// diff of two exports shows only what changed). Two-space indented, ending in a newline.

export const ROADMAP_JSON_FORMAT = "mlops-map.roadmap";
export const ROADMAP_JSON_VERSION = 1;

export type RoadmapJsonItem = {
  id: string;
  title: string;
  doneWhen: string;
  detail: string;
  stage: RoadmapItemFacts["stage"];
  position: number;
  status: RoadmapItemFacts["status"];
  priority: RoadmapItemFacts["priority"];
  phase: RoadmapItemFacts["phase"];
  componentId: RoadmapItemFacts["componentId"];
  tool: { slug: string; name: string } | null;
  nodeIds: string[];
  owner: { name: string; email: string } | null;
  targetDate: string | null;
  source: RoadmapItemFacts["source"];
  sourceKey: string | null;
  createdAt: string;
  updatedAt: string;
  doneAt: string | null;
};

export type RoadmapJsonDocument = {
  format: typeof ROADMAP_JSON_FORMAT;
  version: typeof ROADMAP_JSON_VERSION;
  project: string;
  exportedOn: string;
  items: RoadmapJsonItem[];
};

export function roadmapJsonDocument(
  input: Pick<RoadmapExportInput, "project" | "date" | "items">,
): RoadmapJsonDocument {
  const items = [...input.items].sort(
    (a, b) =>
      STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
      a.position - b.position ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return {
    format: ROADMAP_JSON_FORMAT,
    version: ROADMAP_JSON_VERSION,
    project: input.project.name,
    exportedOn: input.date,
    items: items.map((i): RoadmapJsonItem => ({
      id: i.id,
      title: i.title,
      doneWhen: i.doneWhen,
      detail: i.detail,
      stage: i.stage,
      position: i.position,
      status: i.status,
      priority: i.priority,
      phase: i.phase,
      componentId: i.componentId,
      tool: i.tool
        ? { slug: i.tool.slug, name: i.tool.name }
        : i.toolSlug
          ? { slug: i.toolSlug, name: i.toolSlug }
          : null,
      nodeIds: [...i.nodeIds],
      // Membership ids mean nothing outside the app: the owner is named by e-mail.
      owner: i.owner ? { name: i.owner.name, email: i.owner.email } : null,
      targetDate: i.targetDate,
      source: i.source,
      sourceKey: i.sourceKey,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      doneAt: i.doneAt,
    })),
  };
}

export function roadmapJson(input: Pick<RoadmapExportInput, "project" | "date" | "items">): string {
  return `${JSON.stringify(roadmapJsonDocument(input), null, 2)}\n`;
}
