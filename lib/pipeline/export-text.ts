import { pipelineFlowchart } from "@/lib/roadmap/mermaid";
import type { PipelineDiagram, PipelineEdge, PipelineNode } from "./types";

// The diagram's text exports (issue #13, point 5). Mermaid is the roadmap's own flowchart
// (lib/roadmap/mermaid.ts: `flowchart LR`, a subgraph per lane, every label escaped there),
// so there is one home for Mermaid escaping. JSON is the diagram as the API speaks it, with
// what it is and when it was taken, so it can be read back or diffed.

export function pipelineMermaid(diagram: { nodes: readonly PipelineNode[]; edges: readonly PipelineEdge[] }): string {
  return `${pipelineFlowchart({ nodes: diagram.nodes, edges: diagram.edges })}\n`;
}

export const PIPELINE_JSON_FORMAT = "mlops-map/pipeline";

export function pipelineJson(
  project: string,
  exportedAt: Date,
  diagram: Pick<PipelineDiagram, "version" | "nodes" | "edges">,
): string {
  const body = {
    format: PIPELINE_JSON_FORMAT,
    formatVersion: 1,
    project,
    exportedAt: exportedAt.toISOString(),
    diagramVersion: diagram.version,
    nodes: diagram.nodes,
    edges: diagram.edges,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
