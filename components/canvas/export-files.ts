"use client";

import { buildPipelineSvg } from "@/lib/pipeline/export-svg";
import { pipelineJson, pipelineMermaid } from "@/lib/pipeline/export-text";
import type { PipelineEdge, PipelineNode } from "@/lib/pipeline/types";

// The diagram's downloads. SVG, Mermaid and JSON are built by the pure builders in lib/pipeline;
// PNG is that same SVG rasterised by the browser (an <img> of the SVG blob drawn on a canvas),
// not a snapshot of the DOM: what is shared looks the same in both formats, and a diagram too
// big for the screen exports whole.

export type PipelineFileFormat = "png" | "svg" | "mermaid" | "json";

const EXTENSION: Record<PipelineFileFormat, string> = { png: "png", svg: "svg", mermaid: "mmd", json: "json" };
// Browsers refuse canvases much past 16k a side or ~270 M pixels; stay clear of both.
const MAX_SIDE = 16_000;
const MAX_PIXELS = 120_000_000;
/** Sharp on a high-density screen, unless the picture is too big for that. */
const PNG_SCALE = 2;

type ExportInput = { projectName: string; version: number; nodes: PipelineNode[]; edges: PipelineEdge[] };

export async function exportPipeline(format: PipelineFileFormat, input: ExportInput): Promise<void> {
  if (input.nodes.length === 0) throw new Error("Nothing to export yet.");
  const now = new Date();
  const date = now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const name = `${input.projectName.replace(/[^\w-]+/g, "-").toLowerCase()}-pipeline.${EXTENSION[format]}`;
  if (format === "mermaid") return download(new Blob([pipelineMermaid(input)], { type: "text/plain" }), name);
  if (format === "json")
    return download(new Blob([pipelineJson(input.projectName, now, input)], { type: "application/json" }), name);
  const picture = buildPipelineSvg({ title: input.projectName, date, nodes: input.nodes, edges: input.edges });
  const svg = new Blob([picture.svg], { type: "image/svg+xml" });
  if (format === "svg") return download(svg, name);
  return download(await rasterise(svg, picture.width, picture.height), name);
}

async function rasterise(svg: Blob, width: number, height: number): Promise<Blob> {
  const scale = Math.min(PNG_SCALE, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_PIXELS / (width * height)));
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext("2d");
    if (!context) throw new Error("This browser cannot draw the image.");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("Could not make the PNG."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.download = fileName;
  link.href = url;
  link.click();
  // The click has started the download; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
