import type { PipelineNode } from "@/lib/pipeline/types";

/** A valid component node in the ML lane; tests override what they are about. */
export function pipelineNode(id: string, patch: Partial<PipelineNode> = {}): PipelineNode {
  return {
    id,
    kind: "component",
    title: `Node ${id}`,
    description: "",
    category: "notebooks",
    phase: "ML",
    stage: "EXPERIMENTAL",
    automation: "MANUAL",
    ownerId: null,
    priority: null,
    position: { x: 0, y: 100 },
    sourceCells: null,
    ...patch,
  };
}
