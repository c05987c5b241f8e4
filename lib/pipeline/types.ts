// The pipeline diagram as the app speaks of it: framework-free, shared by the API,
// the data-access layer and the canvas (which maps it to React Flow in flow-mapping.ts).
// On the wire it is lib/validation/pipeline.ts, checked there to be these types.

export const NODE_KINDS = ["step", "component", "data", "external"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const PHASES = ["ML", "DEV", "PROD"] as const;
export type Phase = (typeof PHASES)[number];

export const STAGES = ["EXPERIMENTAL", "MVP", "PRODUCTIONIZATION"] as const;
export type Stage = (typeof STAGES)[number];

export const AUTOMATIONS = ["MANUAL", "PARTIAL", "AUTOMATED"] as const;
export type Automation = (typeof AUTOMATIONS)[number];

export const PRIORITIES = ["P0", "P1", "P2", "P3"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MAX_NODES = 5000;
export const MAX_EDGES = 10000;

/** One step, component, data set or external system on the canvas. */
export type PipelineNode = {
  /** Client-made id, unique within the diagram (e.g. "n_k3j2…"). */
  id: string;
  kind: NodeKind;
  title: string;
  description: string;
  /** TAXONOMY id for steps, COMPONENTS id for components, null for data/external. */
  category: string | null;
  phase: Phase;
  stage: Stage;
  automation: Automation;
  /** Membership id of the owner; set by leads only. */
  ownerId: string | null;
  priority: Priority | null;
  position: { x: number; y: number };
  /** Notebook cells this step came from (filled by the notebook import). */
  sourceCells: number[] | null;
};

export type PipelineEdge = { id: string; source: string; target: string; label: string | null };

export type Viewport = { x: number; y: number; zoom: number };

export type PipelineDiagram = {
  version: number;
  viewport: Viewport;
  nodes: PipelineNode[];
  edges: PipelineEdge[];
};
