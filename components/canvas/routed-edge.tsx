"use client";

import { BaseEdge, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { edgeRoute, type EdgeTrack } from "@/lib/pipeline/edge-route";
import { NODE_HEIGHT } from "@/lib/pipeline/lanes";

/**
 * Every edge of the canvas, routed as the SVG export routes it (lib/pipeline/edge-route.ts):
 * a curve forward, and along the gap between the rows for an edge back to the left, such as
 * the one from the end of a wrapped row to the start of the next, which a curve would draw
 * across every card between them.
 */
export const RoutedEdge = memo(function RoutedEdge(props: EdgeProps) {
  // A back edge sharing its row gap has a track of its own (./tracked-edges.ts).
  const track = (props.data as { track?: EdgeTrack } | undefined)?.track;
  const route = edgeRoute(
    { x: props.sourceX, y: props.sourceY },
    { x: props.targetX, y: props.targetY },
    NODE_HEIGHT,
    track,
  );
  // Only what BaseEdge draws: the rest of EdgeProps would land on the <path> as attributes.
  const { id, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius } = props;
  const { style, markerStart, markerEnd, interactionWidth } = props;
  const drawn = { id, label, labelStyle, labelShowBg, labelBgStyle, labelBgPadding, labelBgBorderRadius };
  return (
    <BaseEdge
      {...drawn}
      {...{ style, markerStart, markerEnd, interactionWidth }}
      path={route.d}
      labelX={route.label.x}
      labelY={route.label.y}
    />
  );
});

export const EDGE_TYPES = { routed: RoutedEdge };
