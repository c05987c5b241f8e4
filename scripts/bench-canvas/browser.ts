// The canvas benchmark's browser side: headless Chromium, the open measurement and the pan.

import { performance } from "node:perf_hooks";
import { chromium, type Browser, type Page } from "playwright-core";
import { sleep } from "./cleanup";
import { NODES, VIEWPORT } from "./config";
import type { Session } from "./http-api";

const PAN_MS = 3000;
/** Horizontal reach of the drag, in screen px, either side of the start point. */
export const PAN_AMPLITUDE = 300;
/** At most one mouse move every 8 ms, like a 125 Hz mouse. */
const MOVE_EVERY_MS = 8;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];

export type OpenResult = {
  allRenderedMs: number;
  nodesAfterSettle: number;
  viewport: { x: number; y: number; zoom: number };
  canvas: { width: number; height: number };
};
/**
 * fps counts every animation frame; updatesPerSecond only the frames in which the viewport
 * had moved since the frame before, which is what a person sees of the pan.
 */
export type PanResult = {
  fps: number;
  updatesPerSecond: number;
  frames: number;
  maxFrameMs: number;
  framesOver20Ms: number;
  moves: number;
  nodesAfter: number;
};
/** One measured visit of a canvas page: its open, then its pan. */
export type CanvasRun = { open: OpenResult; pan: PanResult };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

// In-page scripts are strings: tsx (esbuild) wraps named functions in a `__name` helper that
// does not exist in the page, so functions cannot be handed to Playwright as they are.

/**
 * Runs in the page before any of its scripts: notes when all nodes are in the DOM and shown,
 * then the frame after (painted). React Flow keeps a node \`visibility: hidden\` until it has
 * measured it, and server-rendered nodes arrive that way in the HTML: they do not count yet.
 */
const renderProbe = (expected: number) => `(() => {
  window.__bench = { inDomAt: null, paintedAt: null };
  const allShown = () => {
    const nodes = document.querySelectorAll(".react-flow__node");
    if (nodes.length !== ${expected}) return false;
    for (const node of nodes) if (node.style.visibility === "hidden") return false;
    return true;
  };
  const tick = () => {
    if (window.__bench.inDomAt === null) {
      if (allShown()) window.__bench.inDomAt = performance.now();
      requestAnimationFrame(tick);
    } else {
      // This frame started after the one that laid out and painted all the nodes.
      window.__bench.paintedAt = performance.now();
    }
  };
  requestAnimationFrame(tick);
})();`;

/**
 * Starts counting frames until window.__framesOn is false: each frame's rAF timestamp, and
 * whether the viewport's transform differs from the frame before (a frame that showed movement).
 */
const frameCounter = `(() => {
  window.__frames = [];
  window.__moved = 0;
  window.__framesOn = true;
  const viewport = document.querySelector(".react-flow__viewport");
  let last = viewport ? viewport.style.transform : "";
  const frame = (t) => {
    window.__frames.push(t);
    const now = viewport ? viewport.style.transform : "";
    if (now !== last) window.__moved++;
    last = now;
    if (window.__framesOn) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

export async function openCanvas(
  browser: Browser,
  url: string,
  session: Session | null,
): Promise<{ page: Page; close: () => Promise<void>; open: OpenResult }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  if (session) await context.addCookies(session.cookies.map((c) => ({ ...c, url: session.base })));
  await context.addInitScript(renderProbe(NODES));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: "commit" });
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bench: { paintedAt: number | null } }).__bench.paintedAt !== null,
      null,
      { timeout: 60_000, polling: 100 },
    );
  } catch (error) {
    const count = await page.locator(".react-flow__node").count();
    throw new Error(
      `${url}: ${count} of ${NODES} nodes rendered after 60 s${errors.length ? ` (page errors: ${errors.join("; ")})` : ""}`,
      { cause: error },
    );
  }
  const { paintedAt } = await page.evaluate(() => (window as unknown as { __bench: { paintedAt: number } }).__bench);
  // Let fitView, hydration leftovers and idle work finish before looking and panning.
  await sleep(1500);
  const state = await page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
    const flow = document.querySelector<HTMLElement>(".react-flow")!.getBoundingClientRect();
    const m = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform) : null;
    return {
      nodes: document.querySelectorAll(".react-flow__node").length,
      viewport: { x: m?.e ?? NaN, y: m?.f ?? NaN, zoom: m?.a ?? NaN },
      width: Math.round(flow.width),
      height: Math.round(flow.height),
    };
  });
  return {
    page,
    close: () => context.close(),
    open: {
      allRenderedMs: paintedAt,
      nodesAfterSettle: state.nodes,
      viewport: state.viewport,
      canvas: { width: state.width, height: state.height },
    },
  };
}

/**
 * A real input-driven pan: mouse down on empty pane, 3 s of moves left and right, mouse up;
 * frames counted with rAF. Playwright's page.mouse waits for Chromium to acknowledge each
 * move, which it does once the page has handled it, so a busy page gets fewer, larger moves.
 * (Sending the moves without waiting, every 8 ms through the DevTools protocol, was tried:
 * Chromium then handled every one of them, ~375 in 3 s, and both pages fell to 4–10 fps with
 * frames of up to 2.5 s. A real mouse's moves are merged per frame; these were not.)
 */
export async function pan(page: Page): Promise<PanResult> {
  const box = await page.locator(".react-flow__pane").boundingBox();
  if (!box) throw new Error("no .react-flow__pane");
  const start = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height * 0.15) };
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className.toString() ?? "", start);
  if (!hit.includes("react-flow__pane")) throw new Error(`the pan would start on "${hit}", not on the empty pane`);

  await page.evaluate(frameCounter);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const t0 = performance.now();
  let moves = 0;
  for (;;) {
    const elapsed = performance.now() - t0;
    if (elapsed >= PAN_MS) break;
    const dx = PAN_AMPLITUDE * Math.sin((2 * Math.PI * elapsed) / PAN_MS);
    await page.mouse.move(start.x + dx, start.y);
    moves++;
    const wait = t0 + moves * MOVE_EVERY_MS - performance.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.move(start.x, start.y);
  await page.mouse.up();
  const { frames, moved } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __moved: number; __framesOn: boolean };
    w.__framesOn = false;
    return { frames: w.__frames, moved: w.__moved };
  });
  const nodesAfter = await page.locator(".react-flow__node").count();
  // Frames from mouse down to mouse up (the counter started a moment before the press).
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const span = frames.length > 1 ? frames.at(-1)! - frames[0]! : NaN;
  return {
    fps: ((frames.length - 1) / span) * 1000,
    updatesPerSecond: (moved / span) * 1000,
    frames: frames.length,
    maxFrameMs: Math.max(...gaps),
    framesOver20Ms: gaps.filter((g) => g > 20).length,
    moves,
    nodesAfter,
  };
}
