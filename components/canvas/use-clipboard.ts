"use client";

import { useCallback, useRef } from "react";
import { pasteWithNewIds } from "@/lib/pipeline/clipboard";
import { newEdgeId, newNodeId } from "@/lib/pipeline/ids";
import { laneGeometry } from "@/lib/pipeline/lanes";
import type { PipelineEdge, PipelineNode } from "@/lib/pipeline/types";
import { toDomain, type DiagramState } from "./use-diagram-state";

/**
 * Copy and paste of the selected nodes within the canvas (lib/pipeline/clipboard.ts). The
 * clipboard then holds the pasted copies, so pasting again cascades instead of stacking.
 */
export function useClipboard(
  latest: { current: DiagramState },
  addNodes: (nodes: PipelineNode[], edges: PipelineEdge[]) => void,
) {
  const clipboard = useRef<PipelineNode[]>([]);

  const copy = useCallback(() => {
    const selected = new Set(latest.current.nodes.filter((n) => n.selected).map((n) => n.id));
    clipboard.current = toDomain(latest.current).nodes.filter((n) => selected.has(n.id));
    return clipboard.current.length;
  }, [latest]);

  const paste = useCallback(() => {
    if (!clipboard.current.length) return;
    const current = toDomain(latest.current);
    // The lanes as the canvas draws them now (lanes-layer.tsx): grown lanes included.
    const lanes = laneGeometry(current.nodes);
    const { nodes, edges } = pasteWithNewIds(clipboard.current, current.edges, newNodeId, newEdgeId, lanes);
    addNodes(nodes, edges);
    clipboard.current = nodes;
  }, [addNodes, latest]);

  return { copy, paste };
}
