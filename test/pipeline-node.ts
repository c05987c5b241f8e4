import { makeNode } from "@/lib/pipeline/make-node";
import type { PipelineNode } from "@/lib/pipeline/types";

/** A valid component node in the ML lane; tests override what they are about. */
export function pipelineNode(id: string, patch: Partial<PipelineNode> = {}): PipelineNode {
  return makeNode({
    id,
    kind: "component",
    title: `Node ${id}`,
    category: "notebooks",
    phase: "ML",
    stage: "EXPERIMENTAL",
    position: { x: 0, y: 100 },
    ...patch,
  });
}
