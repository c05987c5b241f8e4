"use client";

import { useStore, type ReactFlowState } from "@xyflow/react";
import { createContext, useContext } from "react";

/** Below this zoom a card's text is too small to read anyway. */
export const FAR_ZOOM = 0.35;

const zoomedOut = (state: ReactFlowState) => state.transform[2] < FAR_ZOOM;

/** True when zoomed far out. A boolean selector: the editor re-renders only when it flips. */
export function useZoomedOut(): boolean {
  return useStore(zoomedOut);
}

/**
 * The editor's `useZoomedOut`, handed to the cards. One store subscription instead of one
 * per card: with a thousand cards, a thousand selectors ran on every frame of a pan.
 */
export const ZoomedOutContext = createContext(false);

export function useCardZoomedOut(): boolean {
  return useContext(ZoomedOutContext);
}
