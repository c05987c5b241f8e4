"use client";

import { useViewport, ViewportPortal } from "@xyflow/react";
import { LANE_HEIGHT, laneTop } from "@/lib/pipeline/lanes";
import { PHASES } from "@/lib/pipeline/types";
import { PHASE_LABELS } from "@/lib/pipeline/labels";

const LANE_WIDTH = 200_000;
const LANE_TINT = ["bg-violet-500/[0.04]", "bg-sky-500/[0.05]", "bg-emerald-500/[0.05]"] as const;

/** The three swimlanes, drawn in flow coordinates so they move and zoom with the nodes. */
export function LaneBands() {
  return (
    <ViewportPortal>
      {PHASES.map((phase, i) => (
        <div
          key={phase}
          aria-hidden="true"
          className={`pointer-events-none absolute border-b border-dashed border-border ${LANE_TINT[i]}`}
          style={{
            transform: `translate(${-LANE_WIDTH / 2}px, ${laneTop(phase)}px)`,
            width: LANE_WIDTH,
            height: LANE_HEIGHT,
          }}
        />
      ))}
    </ViewportPortal>
  );
}

/** Lane names pinned to the left edge at a constant size, so they stay readable at any zoom. */
export function LaneHeaders() {
  const { y, zoom } = useViewport();
  return (
    <div className="pointer-events-none absolute inset-0 z-[4] overflow-hidden">
      {PHASES.map((phase) => {
        const top = y + laneTop(phase) * zoom;
        const bottom = top + LANE_HEIGHT * zoom;
        // Keep the label inside its lane, and on screen while any of the lane is.
        const labelTop = Math.min(Math.max(top + 8, 8), bottom - 48);
        return (
          <div
            key={phase}
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
