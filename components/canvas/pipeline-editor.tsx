"use client";

import "@xyflow/react/dist/style.css";
import {
  addEdge,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStoreApi,
  type Connection,
  type IsValidConnection,
  type OnNodeDrag,
  type Viewport,
} from "@xyflow/react";
import { useTheme } from "next-themes";
import { useMutation } from "@tanstack/react-query";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from "react";
import { toast } from "sonner";
import { ImportNotebookDialog } from "@/components/notebook-import/import-notebook-dialog";
import { apiFetch } from "@/lib/client/api";
import { PALETTE_ITEMS, type PaletteItem } from "@/lib/pipeline/palette";
import { applyPhaseFromPosition, fromFlowNode, toFlowNode, type PipelineFlowNode } from "@/lib/pipeline/flow-mapping";
import { newEdgeId, newNodeId } from "@/lib/pipeline/ids";
import { centredInLane, clampIntoLane, NODE_WIDTH, phaseForY } from "@/lib/pipeline/lanes";
import { autoLayout } from "@/lib/pipeline/layout";
import { openingViewport } from "@/lib/pipeline/opening-viewport";
import type { TImportStep as ImportStep } from "@/lib/validation/notebook-import";
import { buildStarter } from "@/lib/pipeline/starters";
import type { PipelineDiagram, PipelineNode } from "@/lib/pipeline/types";
import { can, type TTeamRole } from "@/lib/teams/roles";
import { PHASE_LABELS } from "@/lib/pipeline/labels";
import { LaneBands, LaneHeaders } from "./lanes-layer";
import { ConflictBanner } from "./conflict-banner";
import { CanvasToolbar } from "./canvas-toolbar";
import { LeaveDialog } from "./leave-dialog";
import { NodeInspector, type MemberOption } from "./node-inspector";
import { NodePalette, PALETTE_MIME } from "./node-palette";
import { OwnerNamesProvider } from "./owner-names";
import { nodeTypes } from "./pipeline-node-card";
import { StarterPicker } from "./starter-picker";
import { useAutosave, useAutosaveSource } from "./use-autosave";
import { toDomain, toFlow, useDiagramState } from "./use-diagram-state";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { useLeaveGuard } from "./use-leave-guard";
import { useZoomedOut, ZoomedOutContext } from "./use-zoomed-out";

// Room on the left for the lane labels, so fitting the view never hides a node under them.
const FIT_VIEW = { padding: { left: "150px", right: "40px", top: "48px", bottom: "48px" }, duration: 300 } as const;
const MIN_ZOOM = 0.05;
const MAX_ZOOM = 2;

type Props = { projectId: string; projectName: string; role: TTeamRole; members: MemberOption[]; initial: PipelineDiagram };

export function PipelineEditor(props: Props) {
  return (
    <ReactFlowProvider>
      <OwnerNamesProvider members={props.members}>
        <Editor {...props} />
      </OwnerNamesProvider>
    </ReactFlowProvider>
  );
}

function Editor({ projectId, projectName, role, members, initial }: Props) {
  const canEdit = can(role, "pipeline.edit");
  const canAssign = can(role, "pipeline.assign");
  const flow = useReactFlow<PipelineFlowNode>();
  const store = useStoreApi<PipelineFlowNode>();
  const { resolvedTheme } = useTheme();
  // `start` is the page's diagram, or this tab's newer one when the router replays an older page.
  const { session, start, status } = useAutosave(projectId, initial);
  const viewport = useRef<Viewport>(start.viewport);
  const clipboard = useRef<PipelineNode[]>([]);

  const onCommit = useCallback(() => {
    if (canEdit) session.markDirty();
  }, [canEdit, session]);
  const diagram = useDiagramState({ nodes: start.nodes, edges: start.edges }, onCommit);
  const { state, latest, apply, commit } = diagram;
  const getSnapshot = useCallback(() => ({ viewport: viewport.current, ...toDomain(latest.current) }), [latest]);
  useAutosaveSource(session, getSnapshot);
  const leave = useLeaveGuard(session, projectId);

  // The canvas mounts once its size is known, at the viewport it opens at (saved, or fitted
  // to the nodes): the cards then render once, at their final zoom. The store gets the
  // viewport first because the cards read the zoom from it in their first render.
  const canvasRef = useRef<HTMLDivElement>(null);
  const [opening, setOpening] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const el = canvasRef.current;
    // Once open, the viewport is React Flow's: nothing may move it from here.
    if (!el || opening) return;
    const v = openingViewport(start, { width: el.clientWidth, height: el.clientHeight }, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, padding: FIT_VIEW.padding });
    store.setState({ transform: [v.x, v.y, v.zoom] });
    setOpening(v);
  }, [start, store, opening]);

  // Marks a mouse pan of the pane for the CSS in globals.css, from its first move: a plain
  // click must still land on the node or pane under it, not on the shield. A DOM attribute,
  // not React state: nothing should re-render at the start and end of a pan.
  const mousePan = useRef<"no" | "pressed" | "moving">("no");
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    mousePan.current = event?.type === "mousedown" ? "pressed" : "no";
  }, []);
  const onMove = useCallback(() => {
    if (mousePan.current !== "pressed") return;
    mousePan.current = "moving";
    canvasRef.current?.setAttribute("data-panning", "");
  }, []);
  const onMoveEnd = useCallback((_event: MouseEvent | TouchEvent | null, vp: Viewport) => {
    mousePan.current = "no";
    canvasRef.current?.removeAttribute("data-panning");
    viewport.current = vp;
  }, []);

  const zoomedOut = useZoomedOut();
  const selectedNodes = useMemo(() => state.nodes.filter((n) => n.selected), [state.nodes]);
  const inspected = selectedNodes.length === 1 ? selectedNodes[0] : undefined;

  const addNodes = useCallback(
    (nodes: PipelineNode[], edges: ReturnType<typeof toDomain>["edges"] = []) => {
      const flowNodes = nodes.map((n) => ({ ...toFlowNode(n), selected: true }));
      const current = latest.current;
      commit({
        nodes: [...current.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...flowNodes],
        edges: [...current.edges, ...toFlow({ nodes: [], edges }).edges],
      });
    },
    [commit, latest],
  );

  const nodeFromPalette = useCallback(
    (item: PaletteItem, at?: { x: number; y: number }): PipelineNode => {
      const phase = at ? phaseForY(at.y) : item.phase;
      const inLane = latest.current.nodes.filter((n) => n.data.phase === phase);
      const x = at ? at.x - NODE_WIDTH / 2 : inLane.length ? Math.max(...inLane.map((n) => n.position.x)) + NODE_WIDTH + 60 : 80;
      return {
        id: newNodeId(),
        kind: item.kind,
        title: item.kind === "component" && item.tools[0] ? item.tools[0] : item.label,
        description: "",
        category: item.category,
        phase,
        stage: item.stage,
        automation: "MANUAL",
        ownerId: null,
        priority: null,
        position: { x, y: at ? clampIntoLane(at.y - 44, phase) : centredInLane(phase) },
        sourceCells: null,
      };
    },
    [latest],
  );

  const onAddFromPalette = useCallback(
    (item: PaletteItem) => {
      const node = nodeFromPalette(item);
      addNodes([node]);
      void flow.fitView({ ...FIT_VIEW, nodes: [{ id: node.id }], maxZoom: 1 });
    },
    [addNodes, flow, nodeFromPalette],
  );

  const onDrop = useCallback(
    (event: DragEvent) => {
      const key = event.dataTransfer.getData(PALETTE_MIME);
      const item = PALETTE_ITEMS.find((i) => i.key === key);
      if (!item || !canEdit) return;
      event.preventDefault();
      addNodes([nodeFromPalette(item, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }))]);
    },
    [addNodes, canEdit, flow, nodeFromPalette],
  );

  const onConnect = useCallback(
    (connection: Connection) => commit({ ...latest.current, edges: addEdge({ ...connection, id: newEdgeId() }, latest.current.edges) }),
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
      const nodes = latest.current.nodes.map((n) => {
        if (!ids.has(n.id)) return n;
        const { node, changed } = applyPhaseFromPosition(n);
        if (changed) moved.push(`“${node.data.title}” to ${PHASE_LABELS[node.data.phase].title}`);
        return node;
      });
      commit({ ...latest.current, nodes });
      if (moved.length) toast(`Moved ${moved.join(", ")}`, { description: "Its phase changed with the lane." });
    },
    [commit, latest],
  );

  const updateNode = useCallback(
    (id: string, patch: Partial<PipelineNode>, burst?: string) => {
      const nodes = latest.current.nodes.map((n) => {
        if (n.id !== id) return n;
        const data = { ...n.data, ...patch };
        const position = patch.phase && patch.phase !== n.data.phase ? { x: n.position.x, y: clampIntoLane(centredInLane(patch.phase), patch.phase) } : n.position;
        return { ...n, data, position };
      });
      commit({ ...latest.current, nodes }, burst);
    },
    [commit, latest],
  );

  const copySelection = useCallback(() => {
    clipboard.current = toDomain(latest.current).nodes.filter((n) => latest.current.nodes.find((f) => f.id === n.id)?.selected);
    return clipboard.current.length;
  }, [latest]);

  const paste = useCallback(() => {
    if (!clipboard.current.length) return;
    const ids = new Map(clipboard.current.map((n) => [n.id, newNodeId()]));
    const nodes = clipboard.current.map((n) => ({ ...n, id: ids.get(n.id)!, position: { x: n.position.x + 40, y: clampIntoLane(n.position.y + 40, n.phase) } }));
    const edges = toDomain(latest.current)
      .edges.filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ ...e, id: newEdgeId(), source: ids.get(e.source)!, target: ids.get(e.target)! }));
    addNodes(nodes, edges);
    clipboard.current = nodes;
  }, [addNodes, latest]);

  const layout = useCallback(() => {
    const domain = toDomain(latest.current);
    commit(toFlow({ nodes: autoLayout(domain.nodes, domain.edges), edges: domain.edges }));
    window.requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
  }, [commit, flow, latest]);

  const startFrom = useCallback(
    (id: Parameters<typeof buildStarter>[0]) => {
      commit(toFlow(buildStarter(id, newNodeId, newEdgeId)));
      window.requestAnimationFrame(() => void flow.fitView(FIT_VIEW));
    },
    [commit, flow],
  );

  const [importOpen, setImportOpen] = useState(false);
  const importMutation = useMutation({
    mutationFn: (body: { baseVersion: number; steps: ImportStep[] }) =>
      apiFetch<{ pipeline: PipelineDiagram; addedNodeIds: string[] }>(`/api/v1/projects/${projectId}/pipeline/import`, { method: "POST", body }),
  });
  const { mutateAsync: importAsync } = importMutation;
  // The server adds the steps (one transaction, version-checked); the editor takes the
  // result as one edit, so a single undo removes the whole import.
  const importNotebook = useCallback(
    async (steps: ImportStep[]) => {
      if (!(await session.flush())) throw new Error("Your latest changes are not saved yet. Resolve that first, then import.");
      const { pipeline, addedNodeIds } = await importAsync({ baseVersion: session.version, steps });
      commit(toFlow(pipeline));
      session.adopt(pipeline.version);
      toast.success(`Added ${addedNodeIds.length} steps from the notebook.`, { description: "Undo removes the whole import." });
      window.requestAnimationFrame(() => void flow.fitView({ ...FIT_VIEW, nodes: addedNodeIds.map((id) => ({ id })) }));
    },
    [session, commit, flow, importAsync],
  );

  useEditorShortcuts({
    enabled: canEdit,
    undo: () => diagram.restore("undo"),
    redo: () => diagram.restore("redo"),
    copy: copySelection,
    paste,
    duplicate: () => copySelection() && paste(),
  });

  return (
    <div className="flex h-[calc(100dvh-20rem)] min-h-[520px] flex-col overflow-hidden rounded-xl border bg-background" aria-busy={leave.leaving || undefined}>
      <CanvasToolbar
        projectName={projectName}
        status={status}
        leaving={leave.leaving}
        readOnly={!canEdit}
        canUndo={diagram.canUndo}
        canRedo={diagram.canRedo}
        onUndo={() => diagram.restore("undo")}
        onRedo={() => diagram.restore("redo")}
        onLayout={layout}
        onImport={() => setImportOpen(true)}
        hasNodes={state.nodes.length > 0}
        onFocusNode={(id) => {
          apply({ ...latest.current, nodes: latest.current.nodes.map((n) => ({ ...n, selected: n.id === id })) });
          void flow.fitView({ ...FIT_VIEW, nodes: [{ id }], maxZoom: 1.2 });
        }}
      />
      {status.kind === "conflict" && (
        <ConflictBanner
          onKeepMine={() => session.resolve("mine", status.theirs.version)}
          onLoadTheirs={() => {
            commit(toFlow(status.theirs));
            session.resolve("theirs", status.theirs.version);
          }}
        />
      )}
      <LeaveDialog question={leave.question} />
      {canEdit && <ImportNotebookDialog open={importOpen} onOpenChange={setImportOpen} onImport={importNotebook} />}
      <div className="relative flex min-h-0 flex-1">
        {canEdit && <NodePalette onAdd={onAddFromPalette} />}
        <div ref={canvasRef} className="pipeline-canvas relative min-w-0 flex-1 overflow-hidden" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
          <ZoomedOutContext value={zoomedOut}>
            {opening && (
              <ReactFlow<PipelineFlowNode>
                nodes={state.nodes}
                edges={state.edges}
                nodeTypes={nodeTypes}
                onNodesChange={diagram.onNodesChange}
                onEdgesChange={diagram.onEdgesChange}
                onConnect={onConnect}
                onDelete={() => commit()}
                onNodeDragStop={onNodeDragStop}
                onMoveStart={onMoveStart}
                onMove={onMove}
                onMoveEnd={onMoveEnd}
                isValidConnection={isValidConnection}
                defaultViewport={opening}
                minZoom={MIN_ZOOM}
                maxZoom={MAX_ZOOM}
                nodesDraggable={canEdit}
                nodesConnectable={canEdit}
                edgesReconnectable={false}
                deleteKeyCode={canEdit ? ["Delete", "Backspace"] : null}
                selectionKeyCode="Shift"
                multiSelectionKeyCode={["Shift", "Meta", "Control"]}
                // Far out every node is on screen anyway; culling then only costs re-mounts.
                onlyRenderVisibleElements={!zoomedOut}
                colorMode={resolvedTheme === "dark" ? "dark" : "light"}
                proOptions={{ hideAttribution: false }}
                aria-label="Pipeline canvas"
              >
                <LaneBands />
                {/* Far out the dots are under a pixel apart; they would only cost a repaint per pan frame. */}
                {!zoomedOut && <Background gap={24} size={1} />}
                {state.nodes.length > 0 && <MiniMap pannable zoomable ariaLabel="Mini map" />}
                <Controls fitViewOptions={FIT_VIEW} />
                {/* Inside the flow, so the controls and minimap panels stay above the labels. */}
                <LaneHeaders />
              </ReactFlow>
            )}
          </ZoomedOutContext>
          <div className="pan-shield" aria-hidden="true" />
          {state.nodes.length === 0 && <StarterPicker canEdit={canEdit} onPick={startFrom} onImport={() => setImportOpen(true)} />}
        </div>
        {inspected && (
          <NodeInspector
            node={fromFlowNode(inspected)}
            members={members}
            canEdit={canEdit}
            canAssign={canAssign}
            onChange={(patch, burst) => updateNode(inspected.id, patch, burst)}
            onClose={() => apply({ ...latest.current, nodes: latest.current.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)) })}
          />
        )}
      </div>
    </div>
  );
}
