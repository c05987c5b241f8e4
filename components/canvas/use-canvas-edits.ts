"use client";

import { addEdge, useReactFlow, type Connection, type IsValidConnection, type OnNodeDrag } from "@xyflow/react";
import { useCallback, type DragEvent } from "react";
import { toast } from "sonner";
import { PALETTE_ITEMS, type PaletteItem } from "@/lib/pipeline/palette";
import { applyPhaseFromPosition, toFlowNode, type PipelineFlowNode } from "@/lib/pipeline/flow-mapping";
import { newEdgeId, newNodeId } from "@/lib/pipeline/ids";
import { centredInLane, clampIntoLane, laneGeometry } from "@/lib/pipeline/lanes";
import { autoLayout } from "@/lib/pipeline/layout";
import { nodeFromPaletteItem } from "@/lib/pipeline/palette-node";
import { buildStarter, type StarterId } from "@/lib/pipeline/starters";
import type { PipelineEdge, PipelineNode } from "@/lib/pipeline/types";
import { FIT_VIEW } from "./fit-view";
import { PHASE_LABELS } from "@/lib/pipeline/labels";
import { PALETTE_MIME } from "./node-palette";
import { toDomain, toFlow, type useDiagramState } from "./use-diagram-state";

type Diagram = Pick<ReturnType<typeof useDiagramState>, "latest" | "apply" | "commit">;

/** The edits the canvas offers, each one undo step (selection and focus are not edits). */
export function useCanvasEdits({ latest, apply, commit }: Diagram, canEdit: boolean) {
  const flow = useReactFlow<PipelineFlowNode>();

  /** Adds nodes (and edges between them) as the new selection. */
  const addNodes = useCallback(
    (nodes: PipelineNode[], edges: PipelineEdge[] = []) => {
      const current = latest.current;
      commit({
        nodes: [
          ...current.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
          ...nodes.map((n) => ({ ...toFlowNode(n), selected: true })),
        ],
        edges: [...current.edges, ...toFlow({ nodes: [], edges }).edges],
      });
    },
    [commit, latest],
  );

  const fromPalette = useCallback(
    (item: PaletteItem, at?: { x: number; y: number }) =>
      nodeFromPaletteItem(
        item,
        latest.current.nodes.map((n) => ({ phase: n.data.phase, position: n.position })),
        newNodeId(),
        at,
      ),
    [latest],
  );

  const addFromPalette = useCallback(
    (item: PaletteItem) => {
      const node = fromPalette(item);
      addNodes([node]);
      void flow.fitView({ ...FIT_VIEW, nodes: [{ id: node.id }], maxZoom: 1 });
    },
    [addNodes, flow, fromPalette],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const key = event.dataTransfer.getData(PALETTE_MIME);
      const item = PALETTE_ITEMS.find((i) => i.key === key);
      if (!item || !canEdit) return;
      event.preventDefault();
      addNodes([fromPalette(item, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }))]);
    },
    [addNodes, canEdit, flow, fromPalette],
  );

  const onConnect = useCallback(
    (connection: Connection) =>
      commit({ ...latest.current, edges: addEdge({ ...connection, id: newEdgeId() }, latest.current.edges) }),
    [commit, latest],
  );

  const isValidConnection: IsValidConnection = useCallback(
    (c) => c.source !== c.target && !latest.current.edges.some((e) => e.source === c.source && e.target === c.target),
    [latest],
  );

  // Crossing a lane boundary is how a step is mapped to another phase.
  const onNodeDragStop: OnNodeDrag<PipelineFlowNode> = useCallback(
    (_event, _node, dragged) => {
      const ids = new Set(dragged.map((n) => n.id));
      const moved: string[] = [];
      const lanes = lanesBesides(latest.current.nodes, ids); // import-workflow: lanes grow with wrapped rows
      const nodes = latest.current.nodes.map((n) => {
        if (!ids.has(n.id)) return n;
        const { node, changed } = applyPhaseFromPosition(n, lanes);
        if (changed) moved.push(`“${node.data.title}” to ${PHASE_LABELS[node.data.phase].title}`);
        return node;
      });
      commit({ ...latest.current, nodes });
      if (moved.length) toast(`Moved ${moved.join(", ")}`, { description: "Its phase changed with the lane." });
    },
    [commit, latest],
  );

  /** The inspector's edits; a new phase moves the card into that lane. */
  const updateNode = useCallback(
    (id: string, patch: Partial<PipelineNode>, burst?: string) => {
      const lanes = lanesBesides(latest.current.nodes, new Set([id])); // import-workflow: grown lanes
      const nodes = latest.current.nodes.map((n) => {
        if (n.id !== id) return n;
        const data = { ...n.data, ...patch };
        const position =
          patch.phase && patch.phase !== n.data.phase
            ? { x: n.position.x, y: clampIntoLane(centredInLane(patch.phase, lanes), patch.phase, lanes) }
            : n.position;
        return { ...n, data, position };
      });
      commit({ ...latest.current, nodes }, burst);
    },
    [commit, latest],
  );

  const layout = useCallback(() => {
    const domain = toDomain(latest.current);
    commit(toFlow({ nodes: autoLayout(domain.nodes, domain.edges), edges: domain.edges }));
    window.requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
  }, [commit, flow, latest]);

  const startFrom = useCallback(
    (id: StarterId) => {
      commit(toFlow(buildStarter(id, newNodeId, newEdgeId)));
      window.requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
    },
    [commit, flow],
  );

  const focusNode = useCallback(
    (id: string) => {
      apply({ ...latest.current, nodes: latest.current.nodes.map((n) => ({ ...n, selected: n.id === id })) });
      void flow.fitView({ ...FIT_VIEW, nodes: [{ id }], maxZoom: 1.2 });
    },
    [apply, flow, latest],
  );

  const clearSelection = useCallback(
    () =>
      apply({
        ...latest.current,
        nodes: latest.current.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)),
      }),
    [apply, latest],
  );

  return {
    addNodes,
    addFromPalette,
    onDrop,
    onConnect,
    isValidConnection,
    onNodeDragStop,
    updateNode,
    layout,
    startFrom,
    focusNode,
    clearSelection,
  };
}

// --- import-workflow (issue 13) ---
/** The lanes the nodes other than `moving` make: a dragged node's own row does not hold its lane open. */
function lanesBesides(nodes: readonly PipelineFlowNode[], moving: ReadonlySet<string>) {
  return laneGeometry(
    nodes.filter((n) => !moving.has(n.id)).map((n) => ({ phase: n.data.phase, position: n.position })),
  );
}
