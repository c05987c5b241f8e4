import type { GoogleLevel, MsLevel, DimensionId } from "../assessment/types";
import type { ComponentId } from "../pipeline/components";
import type { Automation, NodeKind, Phase, Priority, Stage } from "../pipeline/types";

// The roadmap as lib/roadmap speaks of it: plain data, no Prisma types. The server maps its
// rows to these, the wire (lib/validation/roadmap.ts, ZRoadmapItem) is checked to be
// assignable to RoadmapItemFacts, and every pure module here (ordering, proposal, exports,
// progress, workload, table views) takes and gives these shapes.

export const ROADMAP_STATUSES = ["TODO", "IN_PROGRESS", "DONE"] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** Where an item came from; "generated" = saved from a "Generate roadmap" proposal. */
export const ROADMAP_SOURCES = ["manual", "assessment", "recommendation", "pipeline", "generated"] as const;
export type RoadmapSource = (typeof ROADMAP_SOURCES)[number];

/** An item's owner: a membership (id is the membership id, not the user id). */
export type RoadmapPerson = { id: string; name: string; email: string };

/** What the pure roadmap code reads of an item; the API's item (TRoadmapItem) is assignable to it. */
export type RoadmapItemFacts = {
  id: string;
  title: string;
  /** One checkable sentence: when the step counts as done. */
  doneWhen: string;
  /** Reason or notes, e.g. the recommended tool's reason. */
  detail: string;
  phase: Phase | null;
  componentId: ComponentId | null;
  toolSlug: string | null;
  tool: { slug: string; name: string } | null;
  /** Ids of nodes of the project's pipeline diagram. */
  nodeIds: readonly string[];
  owner: RoadmapPerson | null;
  priority: Priority | null;
  status: RoadmapStatus;
  stage: Stage;
  /** 0-based order within its stage. */
  position: number;
  /** "YYYY-MM-DD" or null. */
  targetDate: string | null;
  source: RoadmapSource;
  sourceKey: string | null;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  doneAt: string | null;
};

/** The ids of a roadmap's items per stage, each list in board order. */
export type StageOrder = Record<Stage, string[]>;

/** Just what ordering needs of an item. */
export type OrderedItem = Pick<RoadmapItemFacts, "id" | "stage" | "position">;

/** The part of a pipeline node the roadmap reads (proposal, export diagram, automation share). */
export type RoadmapNodeFacts = {
  id: string;
  kind: NodeKind;
  title: string;
  category: string | null;
  phase: Phase;
  stage: Stage;
  automation: Automation;
  /** A lead's priority on the canvas, if any (the proposal keeps it). */
  priority?: Priority | null;
};
export type RoadmapEdgeFacts = { source: string; target: string; label: string | null };
export type RoadmapPipelineFacts = { nodes: readonly RoadmapNodeFacts[]; edges: readonly RoadmapEdgeFacts[] };

/** A submitted assessment as the roadmap shows it: overall (Google) level and the dimension levels. */
export type MaturitySnapshot = {
  /** ISO timestamp of submission. */
  submittedAt: string;
  googleLevel: GoogleLevel;
  dimensions: readonly { id: DimensionId; label: string; level: MsLevel }[];
};

/** Everything an export (Markdown, CSV, JSON) needs; `date` is passed in so output is deterministic. */
export type RoadmapExportInput = {
  project: { name: string };
  /** "YYYY-MM-DD": the export's date. */
  date: string;
  /** The latest submitted assessment, or null. */
  maturity: MaturitySnapshot | null;
  pipeline: RoadmapPipelineFacts | null;
  items: readonly RoadmapItemFacts[];
};
