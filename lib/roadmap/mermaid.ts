import type { RoadmapPipelineFacts } from "./types";

// The pipeline as a Mermaid `flowchart LR`, one subgraph per lane. Ids are generated (n0, n1…),
// never user text; every label is quoted and entity-coded so any title is valid Mermaid.

/** A node title as a Mermaid label body (goes inside `["…"]`). */
export function mermaidLabel(_text: string): string {
  throw new Error("not yet");
}

export function pipelineFlowchart(_pipeline: RoadmapPipelineFacts | null): string {
  throw new Error("not yet");
}
