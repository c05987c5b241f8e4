import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import {
  canvasTeam,
  componentNode,
  type DiagramNode,
  getPipeline,
  nodeByTitle,
  nodeTransform,
  openCanvas,
  pipelinePath,
  putPipeline,
  seedPipeline,
  twoNodes,
} from "./canvas-helpers";
import { expect } from "./helpers";

// Shared by the canvas specs about unsaved edits (canvas-unsaved.spec.ts, canvas-leave.spec.ts).

export const PIPELINE_PUT = "**/api/v1/projects/*/pipeline";
export const PHASES = ["ML", "DEV", "PROD"] as const;

export async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const body = await page.screenshot({
    path: path.join(testInfo.project.outputDir, "screenshots", `${name}.png`),
    animations: "disabled",
    caret: "hide",
  });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

/** A fresh two-node pipeline of the lead signed in on `page`, with the canvas open. */
export async function twoNodeCanvas(page: Page) {
  const setup = await canvasTeam(page.request);
  const { nodes, edges } = twoNodes();
  await seedPipeline(page.request, setup.project.id, nodes, edges);
  await openCanvas(page, pipelinePath(setup));
  return setup;
}

/** 500 cards: "Moved card" alone on the left of the ML lane, the rest in rows to its right. */
export function bigDiagram(): { nodes: DiagramNode[]; moved: DiagramNode } {
  const moved = componentNode("Moved card", "notebooks", "ML", 80);
  const rest = Array.from({ length: 499 }, (_, i) =>
    componentNode(`Card ${i + 1}`, "model_api", PHASES[i % 3]!, 1400 + Math.floor(i / 3) * 260),
  );
  return { nodes: [moved, ...rest], moved };
}

/** The lead signed in on `page` gets the big pipeline, at a fixed viewport where "Moved card" is on screen, 0.6× zoom. */
export async function bigCanvas(page: Page) {
  const setup = await canvasTeam(page.request);
  const { nodes, moved } = bigDiagram();
  const current = await getPipeline(page.request, setup.project.id);
  const body = { viewport: { x: 160, y: 10, zoom: 0.6 }, nodes, edges: [] };
  // Well past the 64 KiB a keepalive request may carry (about 116 KiB).
  expect(Buffer.byteLength(JSON.stringify({ baseVersion: current.version, ...body }))).toBeGreaterThan(100 * 1024);
  const seeded = await putPipeline(page.request, setup.project.id, body, current.version);
  expect(seeded.status(), await seeded.text()).toBe(200);
  return { setup, moved };
}

/** Where the server has "Moved card" now. */
export async function savedPosition(page: Page, projectId: string) {
  return nodeByTitle(await getPipeline(page.request, projectId), "Moved card").position;
}

export const near = (a: number, b: number) => Math.abs(a - b) < 2;

/** Where the canvas draws "Moved card", in flow coordinates. */
export async function shownPosition(page: Page) {
  const transform = await nodeTransform(page, "Moved card");
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`Unexpected node transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}
