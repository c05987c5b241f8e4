import { getViewportForBounds } from "@xyflow/react";
import { nodesBounds } from "./lanes";
import type { PipelineNode, Viewport } from "./types";

// Where the canvas opens. A saved diagram that has never been panned or zoomed keeps the
// default viewport (0, 0, zoom 1); it opens fitted to its nodes instead. The fit is worked
// out here, before the canvas first renders, rather than by React Flow's `fitView` after
// it: every card then renders once, at the zoom it is shown at. Rendering a thousand cards
// at zoom 1 and again at the fitted zoom was a third of the opening time (BENCHMARKS.md).

/** React Flow's padding: a number, "Npx"/"N%", or per side. */
type Padding = Parameters<typeof getViewportForBounds>[5];
type FitOptions = { minZoom: number; maxZoom: number; padding: Padding };

/** True for the viewport a diagram has before anyone moved it: such a diagram opens fitted. */
export function isUnmovedViewport(viewport: Viewport): boolean {
  return viewport.x === 0 && viewport.y === 0 && viewport.zoom === 1;
}

/**
 * The viewport to open a diagram at in a canvas of `width`×`height` px: the saved one, or,
 * when it was never moved and there are nodes, the one that fits them (React Flow's own
 * fit computation, with the same padding and zoom limits as the editor's fit button).
 */
export function openingViewport(
  diagram: { viewport: Viewport; nodes: readonly Pick<PipelineNode, "position">[] },
  size: { width: number; height: number },
  fit: FitOptions,
): Viewport {
  const bounds = nodesBounds(diagram.nodes);
  if (!bounds || !isUnmovedViewport(diagram.viewport) || size.width <= 0 || size.height <= 0) return diagram.viewport;
  return getViewportForBounds(bounds, size.width, size.height, fit.minZoom, fit.maxZoom, fit.padding);
}
