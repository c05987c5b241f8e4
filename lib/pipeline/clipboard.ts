import { clampIntoLane, type LaneGeometry } from "./lanes";
import type { PipelineEdge, PipelineNode } from "./types";

// Copy and paste on the canvas. A pasted copy gets new ids (the diagram must stay free of
// duplicates), keeps the edges that ran between the copied nodes, and sits a little below
// and to the right of the original, still inside its lane (the lanes as drawn, grown by
// wrapped rows: `lanes`), so both stay visible.

/** How far a pasted copy sits from what was copied, in flow coordinates. */
export const PASTE_OFFSET = 40;

export function pasteWithNewIds(
  copied: readonly PipelineNode[],
  edges: readonly PipelineEdge[],
  makeNodeId: () => string,
  makeEdgeId: () => string,
  lanes: LaneGeometry,
): { nodes: PipelineNode[]; edges: PipelineEdge[] } {
  const ids = new Map(copied.map((n) => [n.id, makeNodeId()]));
  const nodes = copied.map((n) => ({
    ...n,
    id: ids.get(n.id)!,
    position: { x: n.position.x + PASTE_OFFSET, y: clampIntoLane(n.position.y + PASTE_OFFSET, n.phase, lanes) },
    sourceCells: n.sourceCells ? [...n.sourceCells] : null,
  }));
  const between = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return {
    nodes,
    edges: between.map((e) => ({ ...e, id: makeEdgeId(), source: ids.get(e.source)!, target: ids.get(e.target)! })),
  };
}
