"use client";

import "@xyflow/react/dist/style.css";
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from "@xyflow/react";
import { useMemo } from "react";
import { benchGraph } from "@/lib/pipeline/bench-graph";

type Props = {
  nodes: number;
  edges: number;
  /** Canvas size in px (the editor's canvas size, to get the same fit); 0 fills the window. */
  width: number;
  height: number;
};

/**
 * The benchmark's baseline: a plain React Flow (default node type, no lanes, no minimap,
 * React Flow's stylesheet only) with the same generated nodes and edges as the editor,
 * fitted so every node is on screen. Same zoom limits as the editor.
 */
export function BareCanvas({ nodes: nodeCount, edges: edgeCount, width, height }: Props) {
  const initial = useMemo(() => {
    const graph = benchGraph({ nodes: nodeCount, edges: edgeCount });
    return {
      nodes: graph.nodes.map((n): Node => ({ id: n.id, position: n.position, data: { label: n.title } })),
      edges: graph.edges.map((e): Edge => ({ id: e.id, source: e.source, target: e.target })),
    };
  }, [nodeCount, edgeCount]);
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);

  return (
    <main id="main" style={{ width: width ? `${width}px` : "100vw", height: height ? `${height}px` : "100dvh" }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} maxZoom={2} aria-label="Bare canvas" />
    </main>
  );
}
