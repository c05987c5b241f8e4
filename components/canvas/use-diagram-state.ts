"use client";

import { applyEdgeChanges, applyNodeChanges, type Edge, type EdgeChange, type NodeChange } from "@xyflow/react";
import { useCallback, useRef, useState } from "react";
import { fromFlowEdge, fromFlowNode, toFlowEdge, toFlowNode, type PipelineFlowNode } from "@/lib/pipeline/flow-mapping";
import { canRedo, canUndo, createHistory, present, push, redo, undo } from "@/lib/pipeline/history";
import type { PipelineEdge, PipelineNode } from "@/lib/pipeline/types";

export type DiagramState = { nodes: PipelineFlowNode[]; edges: Edge[] };
export type DomainSnapshot = { nodes: PipelineNode[]; edges: PipelineEdge[] };

export const toDomain = (state: DiagramState): DomainSnapshot => ({
  nodes: state.nodes.map(fromFlowNode),
  edges: state.edges.map(fromFlowEdge),
});
export const toFlow = (snapshot: DomainSnapshot): DiagramState => ({
  nodes: snapshot.nodes.map(toFlowNode),
  edges: snapshot.edges.map(toFlowEdge),
});

/**
 * The canvas state, kept in a ref as well as in React state so every handler reads the
 * latest diagram synchronously. `commit` records an undo step and tells autosave; plain
 * `apply` (drag in progress, selection) does neither. Commits naming the same `burst` (one
 * focus of a text field) share one undo step.
 */
export function useDiagramState(initial: DomainSnapshot, onCommit: () => void) {
  const [state, setState] = useState<DiagramState>(() => toFlow(initial));
  const latest = useRef(state);
  const history = useRef(createHistory<DomainSnapshot>(initial));
  const [undoState, setUndoState] = useState({ canUndo: false, canRedo: false });

  const apply = useCallback((next: DiagramState) => {
    latest.current = next;
    setState(next);
  }, []);

  const syncUndo = useCallback(
    () => setUndoState({ canUndo: canUndo(history.current), canRedo: canRedo(history.current) }),
    [],
  );

  const commit = useCallback(
    (next?: DiagramState, burst?: string) => {
      if (next) apply(next);
      history.current = push(history.current, toDomain(latest.current), burst);
      syncUndo();
      onCommit();
    },
    [apply, onCommit, syncUndo],
  );

  const restore = useCallback(
    (direction: "undo" | "redo") => {
      const moved = direction === "undo" ? undo(history.current) : redo(history.current);
      if (moved === history.current) return false;
      history.current = moved;
      apply(toFlow(present(moved)));
      syncUndo();
      onCommit();
      return true;
    },
    [apply, onCommit, syncUndo],
  );

  /**
   * Someone else's saved changes (already merged with ours): shown, and one undo step, but not
   * an edit of ours to save. Selection is kept by id.
   */
  const adoptRemote = useCallback(
    (snapshot: DomainSnapshot) => {
      const selected = new Set(latest.current.nodes.filter((n) => n.selected).map((n) => n.id));
      const next = toFlow(snapshot);
      apply({ ...next, nodes: next.nodes.map((n) => (selected.has(n.id) ? { ...n, selected: true } : n)) });
      history.current = push(history.current, snapshot);
      syncUndo();
    },
    [apply, syncUndo],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<PipelineFlowNode>[]) =>
      apply({ ...latest.current, nodes: applyNodeChanges(changes, latest.current.nodes) }),
    [apply],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => apply({ ...latest.current, edges: applyEdgeChanges(changes, latest.current.edges) }),
    [apply],
  );

  return { state, latest, apply, commit, restore, adoptRemote, onNodesChange, onEdgesChange, ...undoState };
}
