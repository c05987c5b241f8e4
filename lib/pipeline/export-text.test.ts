import { describe, expect, it } from "vitest";
import { pipelineNode as node } from "@/test/pipeline-node";
import { PIPELINE_JSON_FORMAT, pipelineJson, pipelineMermaid } from "./export-text";

const nodes = [
  node("a", { title: 'Load "raw" <data>' }),
  node("b", { title: "Serve", phase: "PROD", kind: "step", category: "deployment" }),
];
const edges = [{ id: "e", source: "a", target: "b", label: "model|v2" }];

describe("pipelineMermaid", () => {
  it("is a flowchart LR with a subgraph per lane, labels escaped, edges between known nodes", () => {
    const text = pipelineMermaid({ nodes, edges: [...edges, { id: "x", source: "a", target: "gone", label: null }] });
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("flowchart LR");
    expect(lines.filter((l) => l.trim().startsWith("subgraph lane_"))).toHaveLength(3);
    expect(text).toContain('n0["Load #quot;raw#quot; #lt;data#gt;"]');
    expect(text).toContain('n0 -->|"model#124;v2"| n1');
    expect(text).not.toContain("gone");
  });
});

describe("pipelineJson", () => {
  it("is the diagram with what it is and when it was taken, and reads back", () => {
    const at = new Date("2026-12-02T07:00:00Z");
    const parsed = JSON.parse(pipelineJson("Churn", at, { version: 4, nodes, edges }));
    expect(parsed).toEqual({
      format: PIPELINE_JSON_FORMAT,
      formatVersion: 1,
      project: "Churn",
      exportedAt: "2026-12-02T07:00:00.000Z",
      diagramVersion: 4,
      nodes,
      edges,
    });
  });
});
