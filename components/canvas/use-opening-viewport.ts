"use client";

import { useStoreApi } from "@xyflow/react";
import { useLayoutEffect, useState, type RefObject } from "react";
import type { PipelineFlowNode } from "@/lib/pipeline/flow-mapping";
import { openingViewport } from "@/lib/pipeline/opening-viewport";
import type { PipelineDiagram, Viewport } from "@/lib/pipeline/types";
import { FIT_VIEW, MAX_ZOOM, MIN_ZOOM } from "./fit-view";

/**
 * The viewport the canvas opens at (saved, or fitted to the nodes), once the canvas's size
 * is known; null until then. The canvas mounts only then: the cards render once, at their
 * final zoom. The store gets the viewport first because the cards read the zoom from it in
 * their first render.
 */
export function useOpeningViewport(
  canvasRef: RefObject<HTMLDivElement | null>,
  start: Pick<PipelineDiagram, "viewport" | "nodes">,
): Viewport | null {
  const store = useStoreApi<PipelineFlowNode>();
  const [opening, setOpening] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const el = canvasRef.current;
    // Once open, the viewport is React Flow's: nothing may move it from here.
    if (!el || opening) return;
    const v = openingViewport(
      start,
      { width: el.clientWidth, height: el.clientHeight },
      { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, padding: FIT_VIEW.padding },
    );
    store.setState({ transform: [v.x, v.y, v.zoom] });
    setOpening(v);
  }, [canvasRef, start, store, opening]);
  return opening;
}
