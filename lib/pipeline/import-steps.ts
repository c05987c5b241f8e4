import { phaseOf } from "../notebook/taxonomy";
import type { TImportStep } from "../validation/notebook-import";
import { stageOfStep } from "./components";
import { NODE_WIDTH } from "./lanes";
import { autoLayout } from "./layout";
import { makeNode } from "./make-node";
import type { PipelineEdge, PipelineNode } from "./types";

// Notebook steps becoming canvas nodes: kind `step`, automation MANUAL (a notebook is run
// by hand), each in the lane of its phase, chained in notebook order, laid out together
// and placed to the right of whatever the diagram already holds. A step's phase and stage
// follow from its category.

const GAP_AFTER_EXISTING = NODE_WIDTH;

export function appendImportedSteps(
  diagram: { nodes: PipelineNode[]; edges: PipelineEdge[] },
  steps: readonly TImportStep[],
  makeNodeId: () => string,
  makeEdgeId: () => string,
): { nodes: PipelineNode[]; edges: PipelineEdge[]; addedNodeIds: string[] } {
  const added: PipelineNode[] = steps.map((step) =>
    makeNode({
      id: makeNodeId(),
      kind: "step",
      title: step.title,
      category: step.category,
      phase: phaseOf(step.category),
      stage: stageOfStep(step.category),
      sourceCells: step.cellIndexes.length ? [...step.cellIndexes] : null,
    }),
  );
  const chain: PipelineEdge[] = added
    .slice(1)
    .map((node, i) => ({ id: makeEdgeId(), source: added[i]!.id, target: node.id, label: null }));
  const laidOut = autoLayout(added, chain);
  const startX = diagram.nodes.length
    ? Math.max(...diagram.nodes.map((n) => n.position.x)) + NODE_WIDTH + GAP_AFTER_EXISTING
    : 0;
  const minX = laidOut.length ? Math.min(...laidOut.map((n) => n.position.x)) : 0;
  const placed = laidOut.map((n) => ({ ...n, position: { x: n.position.x - minX + startX, y: n.position.y } }));
  return {
    nodes: [...diagram.nodes, ...placed],
    edges: [...diagram.edges, ...chain],
    addedNodeIds: placed.map((n) => n.id),
  };
}
