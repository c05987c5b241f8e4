"use client";

import { Position, type Edge, type NodeChange, type NodeHandle } from "@xyflow/react";
import { useCallback, useMemo } from "react";
import type { PipelineFlowNode } from "@/lib/pipeline/flow-mapping";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/pipeline/lanes";
import { groupView, isGroupFrameId, type NotebookGroup } from "@/lib/pipeline/groups-view";
import type { NotebookGroupFlowNode } from "./notebook-group-node";
import { withEdgeTracks } from "./tracked-edges";

const CARD_HANDLES: NodeHandle[] = [
  { type: "target", position: Position.Left, x: -4, y: NODE_HEIGHT / 2 - 4, width: 8, height: 8 },
  { type: "source", position: Position.Right, x: NODE_WIDTH - 4, y: NODE_HEIGHT / 2 - 4, width: 8, height: 8 },
];

export type DisplayNode = PipelineFlowNode | NotebookGroupFlowNode;

/**
 * What React Flow draws: the diagram's nodes and edges with the notebook groups laid over
 * them (frames, collapsed cards, edges re-attached). Changes React Flow reports for a frame
 * are dropped here, so only the diagram's own nodes ever reach its state and its saves.
 */
export function useGroupedDisplay(
  state: { nodes: PipelineFlowNode[]; edges: Edge[] },
  groups: readonly NotebookGroup[],
  collapsed: ReadonlySet<string>,
  toggle: (groupId: string) => void,
  onNodesChange: (changes: NodeChange<PipelineFlowNode>[]) => void,
) {
  const display = useMemo(() => {
    if (groups.length === 0) return { nodes: state.nodes as DisplayNode[], edges: state.edges };
    const view = groupView(state.nodes, state.edges, groups, collapsed);
    const frames = view.frames.map((frame): NotebookGroupFlowNode => ({
      id: frame.id,
      type: "notebookGroup",
      position: frame.position,
      width: frame.width,
      height: frame.height,
      // Expanded frames lie behind the steps; a collapsed card is a card among cards.
      zIndex: frame.collapsed ? 0 : -1,
      // Where a collapsed card's edges end, given up front: edges re-attached to a card that
      // had just mounted were otherwise not drawn until React Flow measured its handles.
      ...(frame.collapsed && { handles: CARD_HANDLES }),
      draggable: false,
      selectable: false,
      connectable: false,
      deletable: false,
      focusable: false,
      data: { name: frame.name, count: frame.count, collapsed: frame.collapsed, onToggle: () => toggle(frame.groupId) },
    }));
    const nodes = state.nodes.map((n) => (view.hidden.has(n.id) ? { ...n, hidden: true } : n));
    return { nodes: [...frames, ...nodes] as DisplayNode[], edges: view.edges };
  }, [state.nodes, state.edges, groups, collapsed, toggle]);

  // Back edges that share a row gap get tracks of their own (./tracked-edges.ts).
  const edges = useMemo(() => withEdgeTracks(display.nodes, display.edges), [display]);

  const onDisplayNodesChange = useCallback(
    (changes: NodeChange<DisplayNode>[]) =>
      onNodesChange(changes.filter((c) => !("id" in c) || !isGroupFrameId(c.id)) as NodeChange<PipelineFlowNode>[]),
    [onNodesChange],
  );
  return { nodes: display.nodes, edges, onNodesChange: onDisplayNodesChange };
}
