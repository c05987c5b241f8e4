"use client";

import { useStore, type ReactFlowState } from "@xyflow/react";

/** Below this zoom a card's text is too small to read anyway. */
export const FAR_ZOOM = 0.35;

const zoomedOut = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

/** True when zoomed far out. A boolean selector: components re-render only when it flips. */
export function useZoomedOut(): boolean {
  return useStore(zoomedOut);
}
