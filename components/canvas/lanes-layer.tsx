"use client";

import { useStore, useViewport, ViewportPortal, type ReactFlowState } from "@xyflow/react";
import { laneGeometry, laneHeight, laneLabelTops, laneTop, type LaneGeometry } from "@/lib/pipeline/lanes";
import type { PipelineNodeData } from "@/lib/pipeline/flow-mapping";
import { PHASES } from "@/lib/pipeline/types";
import { PHASE_LABELS } from "@/lib/pipeline/labels";

// --- import-workflow (issue 13): lanes grow with the rows a wrapped layout gives them. ---
const selectLanes = (s: ReactFlowState): LaneGeometry =>
  laneGeometry(s.nodes.map((n) => ({ phase: (n.data as PipelineNodeData).phase, position: n.position })));
const sameLanes = (a: LaneGeometry, b: LaneGeometry) =>
  PHASES.every((p) => a[p].top === b[p].top && a[p].height === b[p].height);
/** The lanes the nodes on the canvas make (lib/pipeline/lanes.ts), re-rendering only when they change. */
export const useLanes = () => useStore(selectLanes, sameLanes);
// --- end import-workflow ---

const LANE_WIDTH = 200_000;
const LANE_TINT = ["bg-violet-500/[0.04]", "bg-sky-500/[0.05]", "bg-emerald-500/[0.05]"] as const;

/** The three swimlanes, drawn in flow coordinates so they move and zoom with the nodes. */
export function LaneBands() {
  const lanes = useLanes();
  return (
    <ViewportPortal>
      {PHASES.map((phase, i) => (
        <div
          key={phase}
          aria-hidden="true"
          className={`pointer-events-none absolute border-b border-dashed border-border ${LANE_TINT[i]}`}
          style={{
            transform: `translate(${-LANE_WIDTH / 2}px, ${laneTop(phase, lanes)}px)`,
            width: LANE_WIDTH,
            height: laneHeight(phase, lanes),
          }}
        />
      ))}
    </ViewportPortal>
  );
}

/** Lane names pinned to the left edge at a constant size, so they stay readable at any zoom. */
export function LaneHeaders() {
  const { y, zoom } = useViewport();
  const lanes = useLanes();
  const labelTops = laneLabelTops(lanes, y, zoom);
  return (
    <div className="pointer-events-none absolute inset-0 z-[4] overflow-hidden">
      {PHASES.map((phase) => {
        const labelTop = labelTops[phase];
        return (
          <div
            key={phase}
            data-lane-label={phase}
            className="absolute left-2 rounded-md border bg-background/90 px-2 py-1 shadow-xs"
            style={{ top: labelTop }}
          >
            <p className="text-xs font-semibold tracking-wide">{PHASE_LABELS[phase].title}</p>
            <p className="text-[10px] text-muted-foreground">{PHASE_LABELS[phase].subtitle}</p>
          </div>
        );
      })}
    </div>
  );
}
