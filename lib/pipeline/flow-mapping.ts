import type { Edge, Node } from "@xyflow/react";
import { FIXED_LANES, NODE_HEIGHT, NODE_WIDTH, nodeCenterY, phaseForY, type LaneGeometry } from "./lanes";
import type { PipelineEdge, PipelineNode } from "./types";

// Pure mapping between the domain diagram and React Flow's nodes and edges. React Flow
// adds its own fields (selected, measured, dragging…); they are dropped on the way back,
// and the domain fields are copied one by one so nothing else leaks into a save.

/** Everything of a node but its id and position, which React Flow keeps at the top level. */
export type PipelineNodeData = Omit<PipelineNode, "id" | "position">;
export type PipelineFlowNode = Node<PipelineNodeData, "pipeline">;

/**
 * Cards have one fixed size, given to React Flow up front: it can then show and fit a
 * diagram in the first frame instead of rendering every card hidden to measure it.
 */
export function toFlowNode(node: PipelineNode): PipelineFlowNode {
  const { id, position, ...data } = node;
  return {
    id,
    type: "pipeline",
    position: { x: position.x, y: position.y },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    data,
  };
}

export function fromFlowNode(flowNode: PipelineFlowNode): PipelineNode {
  const d = flowNode.data;
  return {
    id: flowNode.id,
    kind: d.kind,
    title: d.title,
    description: d.description,
    category: d.category,
    phase: d.phase,
    stage: d.stage,
    automation: d.automation,
    ownerId: d.ownerId,
    priority: d.priority,
    position: { x: flowNode.position.x, y: flowNode.position.y },
    sourceCells: d.sourceCells,
  };
}

export function toFlowEdge(edge: PipelineEdge): Edge {
  const flowEdge: Edge = { id: edge.id, source: edge.source, target: edge.target };
  // React Flow draws any label it is given, so "no label" must be absent rather than null.
  if (edge.label !== null) flowEdge.label = edge.label;
  return flowEdge;
}

export function fromFlowEdge(flowEdge: Edge): PipelineEdge {
  // A label may be any React node on the canvas; only text is part of the diagram.
  const label = typeof flowEdge.label === "string" ? flowEdge.label : null;
  return { id: flowEdge.id, source: flowEdge.source, target: flowEdge.target, label };
}

/**
 * Gives a node the phase of the lane its vertical centre is in (a lane crossing is how a
 * step moves to another phase), in `lanes` (the lanes the other nodes make, lanes.ts). Works on domain and React Flow nodes; an unchanged node
 * is returned as is, so callers can compare by reference.
 */
export function applyPhaseFromPosition(
  node: PipelineFlowNode,
  lanes?: LaneGeometry,
): { node: PipelineFlowNode; changed: boolean };
export function applyPhaseFromPosition(
  node: PipelineNode,
  lanes?: LaneGeometry,
): { node: PipelineNode; changed: boolean };
export function applyPhaseFromPosition(
  node: PipelineNode | PipelineFlowNode,
  lanes: LaneGeometry = FIXED_LANES,
): {
  node: PipelineNode | PipelineFlowNode;
  changed: boolean;
} {
  const phase = phaseForY(nodeCenterY(node.position.y), lanes);
  if (isFlowNode(node)) {
    if (node.data.phase === phase) return { node, changed: false };
    return { node: { ...node, data: { ...node.data, phase } }, changed: true };
  }
  if (node.phase === phase) return { node, changed: false };
  return { node: { ...node, phase }, changed: true };
}

function isFlowNode(node: PipelineNode | PipelineFlowNode): node is PipelineFlowNode {
  return "data" in node;
}
