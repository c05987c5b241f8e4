"use client";

import type { Viewport } from "@xyflow/react";
import { useCallback, useMemo, useRef, type RefObject } from "react";

/**
 * Marks a mouse pan of the pane on the canvas element (`data-panning`, for the CSS in
 * globals.css that raises the pan shield), from its first move: a plain click must still
 * land on the node or pane under it, not on the shield. A DOM attribute, not React state:
 * nothing should re-render at the start and end of a pan. `onMoveEnd` hands the viewport
 * the pan ended at to `onViewport`.
 */
export function usePanShield(canvasRef: RefObject<HTMLDivElement | null>, onViewport: (viewport: Viewport) => void) {
  const mousePan = useRef<"no" | "pressed" | "moving">("no");
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    mousePan.current = event?.type === "mousedown" ? "pressed" : "no";
  }, []);
  const onMove = useCallback(() => {
    if (mousePan.current !== "pressed") return;
    mousePan.current = "moving";
    canvasRef.current?.setAttribute("data-panning", "");
  }, [canvasRef]);
  const onMoveEnd = useCallback(
    (_event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
      mousePan.current = "no";
      canvasRef.current?.removeAttribute("data-panning");
      onViewport(viewport);
    },
    [canvasRef, onViewport],
  );
  return useMemo(() => ({ onMoveStart, onMove, onMoveEnd }), [onMoveStart, onMove, onMoveEnd]);
}
