"use client";

import "@xyflow/react/dist/style.css";
import {
  Background,
  ControlButton,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type DefaultEdgeOptions,
  type OnNodeDrag,
  type Viewport,
} from "@xyflow/react";
import { Map as MapIcon } from "lucide-react";
import { useTheme } from "next-themes";
import { useCallback, useMemo, useRef, useState } from "react";
import { ImportNotebookDialog } from "@/components/notebook-import/import-notebook-dialog";
import { AutomateThis } from "@/components/roadmap/automate-this";
import { fromFlowNode } from "@/lib/pipeline/flow-mapping";
import type { DiagramSnapshot } from "@/lib/client/autosave-session";
import type { PipelineDiagram } from "@/lib/pipeline/types";
import { cn } from "@/lib/cn";
import { can, type TTeamRole } from "@/lib/teams/roles";
import { CanvasToolbar } from "./canvas-toolbar";
import { ConflictBanner } from "./conflict-banner";
import { FIT_VIEW, MAX_ZOOM, MIN_ZOOM } from "./fit-view";
import { LaneBands, LaneHeaders } from "./lanes-layer";
import { LeaveDialog } from "./leave-dialog";
import { NodeCells } from "./node-cells";
import { NodeInspector, type MemberOption } from "./node-inspector";
import { NodePalette } from "./node-palette";
import { OwnerNamesProvider } from "./owner-names";
import { NotebookGroupNode } from "./notebook-group-node";
import { nodeTypes } from "./pipeline-node-card";
import { EDGE_TYPES } from "./routed-edge";
import { StarterPicker } from "./starter-picker";
import { useAutosave, useAutosaveSource } from "./use-autosave";
import { useRemoteUpdates } from "./use-remote-updates";
import { useCanvasEdits } from "./use-canvas-edits";
import { useClipboard } from "./use-clipboard";
import { useEditorFrame } from "./use-editor-frame";
import { useGroupedDisplay, type DisplayNode } from "./use-grouped-display";
import { useNotebookGroups } from "./use-notebook-groups";
import { toDomain, toFlow, useDiagramState } from "./use-diagram-state";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { useLeaveGuard } from "./use-leave-guard";
import { useMinimapChoice } from "./use-minimap-choice";
import { useNotebookImport } from "./use-notebook-import";
import { useOpeningViewport } from "./use-opening-viewport";
import { usePanShield } from "./use-pan-shield";
import { useZoomedOut, ZoomedOutContext } from "./use-zoomed-out";

// The editor composes: the diagram state and its edits, autosave and the leave guard, the
// opening viewport and the pan shield each live in a hook beside this file, and the pure
// rules they use in lib/pipeline/. What is left here is wiring and rendering.

const NODE_TYPES = { ...nodeTypes, notebookGroup: NotebookGroupNode };

/** Every edge points the way the work flows, and is routed around the cards (routed-edge.tsx). */
const EDGE_OPTIONS: DefaultEdgeOptions = {
  type: "routed",
  markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
};

type Props = {
  projectId: string;
  projectName: string;
  role: TTeamRole;
  members: MemberOption[];
  initial: PipelineDiagram;
};

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
  const { resolvedTheme } = useTheme();
  // `start` is the page's diagram, or this tab's newer one when the router replays an older page.
  const { session, start, status } = useAutosave(projectId, initial);
  const viewport = useRef<Viewport>(start.viewport);

  const onCommit = useCallback(() => {
    if (canEdit) session.markDirty();
  }, [canEdit, session]);
  const diagram = useDiagramState({ nodes: start.nodes, edges: start.edges }, onCommit);
  const { state, latest, commit } = diagram;
  const getSnapshot = useCallback(() => ({ viewport: viewport.current, ...toDomain(latest.current) }), [latest]);
  const { adoptRemote } = diagram;
  useAutosaveSource(
    session,
    getSnapshot,
    useCallback((next: DiagramSnapshot) => adoptRemote({ nodes: next.nodes, edges: next.edges }), [adoptRemote]),
  );
  useRemoteUpdates(
    projectId,
    session,
    useCallback(() => latest.current.nodes.some((n) => n.dragging), [latest]),
  );
  const leave = useLeaveGuard(session, projectId);

  const canvasRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const frame = useEditorFrame(frameRef);
  const opening = useOpeningViewport(canvasRef, start);
  const pan = usePanShield(
    canvasRef,
    useCallback((vp: Viewport) => (viewport.current = vp), []),
  );
  const zoomedOut = useZoomedOut();
  const minimap = useMinimapChoice();
  const selectedNodes = useMemo(() => state.nodes.filter((n) => n.selected), [state.nodes]);
  const inspected = selectedNodes.length === 1 ? selectedNodes[0] : undefined;

  const edits = useCanvasEdits(diagram, canEdit);
  const notebooks = useNotebookGroups(projectId);
  const display = useGroupedDisplay(
    state,
    notebooks.groups,
    notebooks.collapsed,
    notebooks.toggle,
    diagram.onNodesChange,
  );
  const clipboard = useClipboard(latest, edits.addNodes);
  const [importOpen, setImportOpen] = useState(false);
  const importNotebook = useNotebookImport(
    projectId,
    session,
    useCallback((pipeline: PipelineDiagram) => commit(toFlow(pipeline)), [commit]),
  );

  useEditorShortcuts({
    enabled: canEdit,
    undo: () => diagram.restore("undo"),
    redo: () => diagram.restore("redo"),
    copy: clipboard.copy,
    paste: clipboard.paste,
    duplicate: () => clipboard.copy() && clipboard.paste(),
  });

  return (
    <div
      ref={frameRef}
      // data-full-bleed lets the project layout drop its width cap for this tab.
      data-full-bleed=""
      data-frame={frame.mode}
      className={cn(
        "flex flex-col overflow-hidden bg-background",
        frame.full ? "h-dvh w-full" : "h-[calc(100dvh-14rem)] rounded-xl border",
        frame.mode === "overlay" && "fixed inset-0 z-50",
      )}
      style={frame.full || frame.height === null ? undefined : { height: frame.height }}
      aria-busy={leave.leaving || undefined}
    >
      <CanvasToolbar
        projectName={projectName}
        getVersion={() => session.version}
        status={status}
        leaving={leave.leaving}
        readOnly={!canEdit}
        canUndo={diagram.canUndo}
        canRedo={diagram.canRedo}
        onUndo={() => diagram.restore("undo")}
        onRedo={() => diagram.restore("redo")}
        onLayout={edits.layout}
        onImport={() => setImportOpen(true)}
        hasNodes={state.nodes.length > 0}
        onFocusNode={edits.focusNode}
        fullScreen={frame.full}
        onToggleFullScreen={() => void frame.toggle()}
      />
      {status.kind === "conflict" && (
        <ConflictBanner
          conflicts={status.conflicts}
          onKeepMine={() => session.resolve("mine", status.theirs)}
          onLoadTheirs={() => {
            commit(toFlow(status.theirs));
            session.resolve("theirs", status.theirs);
          }}
        />
      )}
      <LeaveDialog question={leave.question} />
      {canEdit && <ImportNotebookDialog open={importOpen} onOpenChange={setImportOpen} onImport={importNotebook} />}
      <div className="relative flex min-h-0 flex-1">
        {canEdit && <NodePalette onAdd={edits.addFromPalette} />}
        <div
          ref={canvasRef}
          className="pipeline-canvas @container relative min-w-0 flex-1 overflow-hidden"
          onDragOver={(e) => e.preventDefault()}
          onDrop={edits.onDrop}
        >
          <ZoomedOutContext value={zoomedOut}>
            {opening && (
              <ReactFlow<DisplayNode>
                nodes={display.nodes}
                edges={display.edges}
                nodeTypes={NODE_TYPES}
                edgeTypes={EDGE_TYPES}
                onNodesChange={display.onNodesChange}
                onEdgesChange={diagram.onEdgesChange}
                onConnect={edits.onConnect}
                onDelete={() => commit()}
                // Frames are not draggable: what is dragged is always a diagram node.
                onNodeDragStop={edits.onNodeDragStop as OnNodeDrag<DisplayNode>}
                onMoveStart={pan.onMoveStart}
                onMove={pan.onMove}
                onMoveEnd={pan.onMoveEnd}
                isValidConnection={edits.isValidConnection}
                defaultEdgeOptions={EDGE_OPTIONS}
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
                {state.nodes.length > 0 && minimap.shown && (
                  <MiniMap
                    pannable
                    zoomable
                    ariaLabel="Mini map"
                    // Asked for, it still steps aside where it would hide most: with the inspector
                    // open (the canvas narrower) and on a narrow canvas. Hidden, not unmounted, so
                    // selecting a card does not redraw it.
                    className={cn("hidden", !inspected && "@3xl:block")}
                  />
                )}
                {/* Top right: bottom left is where the PROD lane's name sits. */}
                <Controls position="top-right" fitViewOptions={FIT_VIEW}>
                  <ControlButton
                    onClick={minimap.toggle}
                    aria-pressed={minimap.shown}
                    aria-label={minimap.shown ? "Hide the mini map" : "Show the mini map"}
                    title={minimap.shown ? "Hide the mini map" : "Show the mini map"}
                  >
                    <MapIcon aria-hidden="true" />
                  </ControlButton>
                </Controls>
                {/* Inside the flow, so the controls and minimap panels stay above the labels. */}
                <LaneHeaders />
              </ReactFlow>
            )}
          </ZoomedOutContext>
          <div className="pan-shield" aria-hidden="true" />
          {state.nodes.length === 0 && (
            <StarterPicker canEdit={canEdit} onPick={edits.startFrom} onImport={() => setImportOpen(true)} />
          )}
        </div>
        {inspected && (
          <NodeInspector
            node={fromFlowNode(inspected)}
            members={members}
            canEdit={canEdit}
            canAssign={canAssign}
            onChange={(patch, burst) => edits.updateNode(inspected.id, patch, burst)}
            onClose={edits.clearSelection}
            cells={
              inspected.data.sourceCells?.length ? (
                <NodeCells
                  key={inspected.id}
                  projectId={projectId}
                  nodeId={inspected.id}
                  sourceCells={inspected.data.sourceCells}
                />
              ) : undefined
            }
            footer={
              <AutomateThis
                projectId={projectId}
                node={fromFlowNode(inspected)}
                canPropose={can(role, "roadmap.propose")}
              />
            }
          />
        )}
      </div>
    </div>
  );
}
