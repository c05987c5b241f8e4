"use client";

import "@xyflow/react/dist/style.css";
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node, type Viewport } from "@xyflow/react";
import { useMemo } from "react";
import { benchGraph, type BenchGraphOptions } from "@/lib/pipeline/bench-graph";

type Props = {
  graph: BenchGraphOptions;
  /** Canvas size in px (the editor's canvas size); 0 fills the window. */
  width: number;
  height: number;
  /** Where to open (the editor's viewport after its fit); null fits the view. */
  viewport: Viewport | null;
};

/**
 * The benchmark's baseline: a plain React Flow (default node type, no lanes, no minimap,
 * React Flow's stylesheet only) with the same generated nodes and edges as the editor, with
 * every node on screen. Same zoom limits as the editor.
 */
export function BareCanvas({ graph: options, width, height, viewport }: Props) {
  const initial = useMemo(() => {
    const graph = benchGraph(options);
    return {
      nodes: graph.nodes.map((n): Node => ({ id: n.id, position: n.position, data: { label: n.title } })),
      edges: graph.edges.map((e): Edge => ({ id: e.id, source: e.source, target: e.target })),
    };
  }, [options]);
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);

  return (
    <main id="main" style={{ width: width ? `${width}px` : "100vw", height: height ? `${height}px` : "100dvh" }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        {...(viewport ? { defaultViewport: viewport } : { fitView: true })}
        minZoom={0.05}
        maxZoom={2}
        aria-label="Bare canvas"
      />
    </main>
  );
}
