"use client";

import { getNodesBounds, getViewportForBounds, type Node } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";

const PADDING = 40;
const MAX_SIDE = 8000;

/**
 * Renders the whole diagram (not just what is on screen) to PNG or SVG, following
 * React Flow's documented html-to-image approach: fit the nodes' bounds into an image
 * of their own size and render the viewport element with that transform.
 */
export async function exportDiagram(format: "png" | "svg", nodes: Node[], fileName: string) {
  const viewportEl = document.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewportEl || nodes.length === 0) throw new Error("Nothing to export yet.");
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(1, MAX_SIDE / Math.max(bounds.width, bounds.height));
  const width = Math.ceil((bounds.width + PADDING * 2) * scale);
  const height = Math.ceil((bounds.height + PADDING * 2) * scale);
  const viewport = getViewportForBounds(bounds, width, height, 0.05, 2, 0);
  const backgroundColor = getComputedStyle(document.body).backgroundColor;
  const options = {
    backgroundColor,
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
    },
  };
  const dataUrl = format === "png" ? await toPng(viewportEl, options) : await toSvg(viewportEl, options);
  const link = document.createElement("a");
  link.download = `${fileName}.${format}`;
  link.href = dataUrl;
  link.click();
}
