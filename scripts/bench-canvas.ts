// `npm run bench:canvas`: the pipeline canvas benchmark (see BENCHMARKS.md). Prints figures and
// records them in BENCHMARKS.md; it asserts nothing.
//
// 1. Builds the app (always, since the bare baseline page must be in the build; --skip-build
//    reuses an existing .next), starts it with `npm start` on a free port with MLOPS_MAP_BENCH=1,
//    on the local PostgreSQL: DATABASE_URL when set, else a fresh database
//    mlops_map_bench_<ts> on postgresql://postgres@127.0.0.1:5432 (dropped at the end).
//    The server runs from .next, so another `next build` in this checkout during a run
//    replaces the build under the running server.
// 2. Signs up a user, makes a team and a project, saves a generated 1,000-node / 1,500-edge
//    pipeline (lib/pipeline/bench-graph.ts) with the never-moved viewport, so the editor fits it.
// 3. In headless Chromium (1440×900), alternating the editor page and the bare React Flow page
//    (app/bench/bare-canvas) with the same graph, canvas size and viewport: ms from navigation
//    start until all nodes are in the DOM, shown (measured) and painted, then frames per second
//    during a 3 s mouse-drag pan. Medians, and editor/bare ratios.
// 4. 50 saves (PUT) of a 500-node diagram over HTTP: p50/p95/max ms; then the same saves
//    in-process (savePipeline called directly, in a child process) for reference.
//
// Options: --runs N (default 5), --skip-build, --no-record (do not write BENCHMARKS.md),
// --rows N and --column-step PX (the generated grid; see lib/pipeline/bench-graph.ts).

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { chromium, type Browser, type Page } from "playwright-core";
import { BENCH_COLUMN_STEP, BENCH_ROWS_PER_LANE, benchGraph } from "../lib/pipeline/bench-graph";
import type { PipelineDiagram, PipelineNode } from "../lib/pipeline/types";
import { recordBenchmark } from "./support/record-benchmark";

const NODES = 1000;
const EDGES = 1500;
const SAVE_NODES = 500;
const SAVE_EDGES = 750;
const SAVES = 50;
const SAVE_WARMUPS = 2;
const PAN_MS = 3000;
/** Horizontal reach of the drag, in screen px, either side of the start point. */
const PAN_AMPLITUDE = 300;
/** One mouse move every ~8 ms, like a 125 Hz mouse. */
const MOVE_EVERY_MS = 8;
const VIEWPORT = { width: 1440, height: 900 };
const TARGETS = { openRatio: 1.3, panFps: 50, saveP95Ms: 100 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];
const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

const args = process.argv.slice(2);
const RUNS = Number(argValue("--runs") ?? 5);
const SKIP_BUILD = args.includes("--skip-build");
const ROWS = Number(argValue("--rows") ?? BENCH_ROWS_PER_LANE);
const COLUMN_STEP = Number(argValue("--column-step") ?? BENCH_COLUMN_STEP);
const RECORD = !args.includes("--no-record");

function argValue(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const log = (line: string) => console.log(`[bench] ${line}`);
/** The server's output, shown when something fails. */
let serverLogFile: string | undefined;

// ---------------------------------------------------------------------------------------
// Cleanup: everything started or created is registered here and undone in reverse order,
// on success, on failure and on Ctrl-C.

const cleanups: { name: string; run: () => Promise<void> | void }[] = [];
let cleaning: Promise<void> | undefined;

function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const { name, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`[bench] cleanup "${name}" failed:`, error instanceof Error ? error.message : error);
      }
    }
  })();
  return cleaning;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`[bench] ${signal}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------
// Processes

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs a command in its own process group, output to `logFile`; resolves with the exit code. */
function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, logFile: string): { child: ChildProcess; done: Promise<number> } {
  const out = createWriteStream(logFile);
  const child = spawn(command, commandArgs, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const done = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => {
      out.write(`\n[bench] ${command} ${commandArgs[0] ?? ""} exited: code ${code}, signal ${signal}\n`);
      resolve(code ?? (signal ? 128 : 1));
    }),
  );
  return { child, done };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole process group (npm → tsx → serve.ts → next), SIGKILL after 10 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  const pgid = child.pid;
  if (!pgid || !groupAlive(pgid)) return;
  process.kill(-pgid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) {
    log(`server group ${pgid} still alive after SIGTERM; SIGKILL`);
    process.kill(-pgid, "SIGKILL");
    while (groupAlive(pgid)) await sleep(100);
  }
}

function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------
// Database

async function prepareDatabase(): Promise<{ url: string; label: string }> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, label: `DATABASE_URL (${new URL(process.env.DATABASE_URL).host})` };
  }
  const name = `mlops_map_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  cleanups.push({
    name: `drop database ${name}`,
    run: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        log(`dropped database ${name}`);
      } finally {
        await client.end();
      }
    },
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const version = await serverVersion(url.toString());
  return { url: url.toString(), label: `local PostgreSQL ${version} (127.0.0.1:5432, fresh database ${name})` };
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]?.server_version.split(" ")[0] ?? "?";
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------
// HTTP API

type Session = { base: string; cookie: string; cookies: { name: string; value: string }[]; user: { id: string; name: string; email: string } };

async function api<T>(session: Session, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${session.base}${route}`, {
    method,
    headers: { "content-type": "application/json", origin: session.base, cookie: session.cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : null) as T;
}

async function signUp(base: string): Promise<Session> {
  const email = `bench-${Date.now().toString(36)}@example.com`;
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ name: "Bench User", email, password: `Bench-${randomBytes(6).toString("hex")}` }),
  });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string; name: string; email: string } };
  const cookies = response.headers.getSetCookie().map((line) => {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    return { name: pair!.slice(0, eq).trim(), value: pair!.slice(eq + 1).trim() };
  });
  if (!cookies.some((c) => c.name.includes("session_token"))) throw new Error("sign-up set no session cookie");
  return { base, user: { id: user.id, name: user.name, email: user.email }, cookies, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

// ---------------------------------------------------------------------------------------
// Browser measurements

type OpenResult = { allRenderedMs: number; nodesAfterSettle: number; viewport: { x: number; y: number; zoom: number }; canvas: { width: number; height: number } };
type PanResult = { fps: number; frames: number; maxFrameMs: number; framesOver20Ms: number; moves: number; nodesAfter: number };

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

/** Starts counting frames (rAF timestamps) until window.__framesOn is false. */
const frameCounter = `(() => {
  window.__frames = [];
  window.__framesOn = true;
  const frame = (t) => {
    window.__frames.push(t);
    if (window.__framesOn) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

async function openCanvas(browser: Browser, url: string, session: Session | null): Promise<{ page: Page; close: () => Promise<void>; open: OpenResult }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  if (session) await context.addCookies(session.cookies.map((c) => ({ ...c, url: session.base })));
  await context.addInitScript(renderProbe(NODES));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: "commit" });
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: { paintedAt: number | null } }).__bench.paintedAt !== null, null, { timeout: 60_000, polling: 100 });
  } catch (error) {
    const count = await page.locator(".react-flow__node").count();
    throw new Error(`${url}: ${count} of ${NODES} nodes rendered after 60 s${errors.length ? ` (page errors: ${errors.join("; ")})` : ""}`, { cause: error });
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
    open: { allRenderedMs: paintedAt, nodesAfterSettle: state.nodes, viewport: state.viewport, canvas: { width: state.width, height: state.height } },
  };
}

/** A real input-driven pan: mouse down on empty pane, 3 s of moves left and right, mouse up; frames counted with rAF. */
async function pan(page: Page): Promise<PanResult> {
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
    const next = t0 + moves * MOVE_EVERY_MS;
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.move(start.x, start.y);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean };
    w.__framesOn = false;
    return w.__frames;
  });
  const nodesAfter = await page.locator(".react-flow__node").count();
  // Frames from mouse down to mouse up (the counter started a moment before the press).
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const span = frames.length > 1 ? frames.at(-1)! - frames[0]! : NaN;
  return {
    fps: ((frames.length - 1) / span) * 1000,
    frames: frames.length,
    maxFrameMs: Math.max(...gaps),
    framesOver20Ms: gaps.filter((g) => g > 20).length,
    moves,
    nodesAfter,
  };
}

// ---------------------------------------------------------------------------------------
// Saves

const saveGraph = benchGraph({ nodes: SAVE_NODES, edges: SAVE_EDGES });

/** Save number `i`: the 500-node diagram with five nodes moved 8 px right on even saves, back on odd ones. */
function saveBody(i: number, baseVersion: number) {
  const first = (i * 5) % SAVE_NODES;
  const dx = i % 2 === 0 ? 8 : 0;
  const nodes: PipelineNode[] = saveGraph.nodes.map((n, j) => (j >= first && j < first + 5 ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n));
  return { baseVersion, viewport: { x: 12, y: 34, zoom: 0.5 }, nodes, edges: saveGraph.edges };
}

/** Child-process mode (--save-in-process): the saves through savePipeline itself; prints the timings as JSON. */
async function saveInProcess() {
  const { savePipeline } = await import("../lib/server/pipeline");
  const { getDb } = await import("../lib/server/db");
  const user = JSON.parse(process.env.BENCH_USER!) as { id: string; name: string; email: string };
  const projectId = process.env.BENCH_PROJECT_ID!;
  const timings: number[] = [];
  let version = 0;
  for (let i = 0; i < SAVE_WARMUPS + SAVES; i++) {
    // Parsed from JSON like a request body, so the validation sees what the route sees.
    const body: unknown = JSON.parse(JSON.stringify(saveBody(i, version)));
    const t = performance.now();
    version = (await savePipeline(user, projectId, body)).version;
    if (i >= SAVE_WARMUPS) timings.push(performance.now() - t);
  }
  await getDb().$disconnect();
  console.log(`BENCH_TIMINGS ${JSON.stringify(timings)}`);
}

async function saveInProcessChild(databaseUrl: string, projectId: string, user: Session["user"], tmp: string): Promise<number[]> {
  const logFile = path.join(tmp, "in-process.log");
  const child = run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.resolve("scripts/bench-canvas.ts"), "--save-in-process"],
    { ...process.env, DATABASE_URL: databaseUrl, BENCH_PROJECT_ID: projectId, BENCH_USER: JSON.stringify(user) },
    logFile,
  );
  cleanups.push({ name: "stop in-process saver", run: () => stopGroup(child.child) });
  const code = await child.done;
  const lines = readFileSync(logFile, "utf8").trim().split("\n").filter((l) => l.startsWith("BENCH_TIMINGS "));
  if (code !== 0 || lines.length === 0) throw new Error(`in-process saves failed (${code}):\n${tail(logFile)}`);
  return JSON.parse(lines[0]!.slice("BENCH_TIMINGS ".length)) as number[];
}

// ---------------------------------------------------------------------------------------
// Figures

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function spread(timings: number[]) {
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), max: Math.max(...timings), mean: timings.reduce((a, b) => a + b, 0) / timings.length };
}

const fmt = (n: number, digits = 0) => n.toFixed(digits);
const verdict = (met: boolean) => (met ? "met" : "MISSED");

// ---------------------------------------------------------------------------------------

async function main() {
  const cwd = process.cwd();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-map-bench-"));
  cleanups.push({ name: "remove temp folder", run: () => rmSync(tmp, { recursive: true, force: true }) });
  const date = new Date();
  const loadBefore = os.loadavg()[0]!;

  // 1. Build and start.
  if (SKIP_BUILD && existsSync(path.join(cwd, ".next", "BUILD_ID"))) {
    log("--skip-build: using the existing .next build (it must contain /bench/bare-canvas)");
  } else {
    log("building (npm run build)…");
    const t = performance.now();
    const buildLog = path.join(tmp, "build.log");
    const build = run("npm", ["run", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, buildLog);
    cleanups.push({ name: "stop build", run: () => stopGroup(build.child) });
    const code = await build.done;
    if (code !== 0) throw new Error(`build failed (${code}):\n${tail(buildLog)}`);
    log(`built in ${fmt((performance.now() - t) / 1000, 1)} s`);
  }

  const database = await prepareDatabase();
  log(`database: ${database.label}`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog = path.join(tmp, "server.log");
  serverLogFile = serverLog;
  const server = run(
    "npm",
    ["start", "--", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      ...process.env,
      DATABASE_URL: database.url,
      PGLITE_DIR: path.join(tmp, "pglite"),
      MLOPS_MAP_BENCH: "1",
      BETTER_AUTH_URL: base,
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    serverLog,
  );
  cleanups.push({ name: "stop server", run: () => stopGroup(server.child) });
  let exited: number | undefined;
  void server.done.then((code) => (exited = code));
  const upBy = Date.now() + 120_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`the server exited (${exited}):\n${tail(serverLog)}`);
    if (Date.now() > upBy) throw new Error(`the server did not answer /api/health in 120 s:\n${tail(serverLog)}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await sleep(250);
  }
  log(`server up on ${base}`);

  // 2. Data.
  const session = await signUp(base);
  const { team } = await api<{ team: { id: string } }>(session, "POST", "/api/v1/teams", { name: "Bench team" });
  const { project } = await api<{ project: { id: string } }>(session, "POST", `/api/v1/teams/${team.id}/projects`, { name: "Canvas bench" });
  const graph = benchGraph({ nodes: NODES, edges: EDGES, rowsPerLane: ROWS, columnStep: COLUMN_STEP });
  // The never-moved viewport (0, 0, zoom 1) of a saved diagram makes the editor fit the view on open.
  await api(session, "PUT", `/api/v1/projects/${project.id}/pipeline`, { baseVersion: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes: graph.nodes, edges: graph.edges });
  const editorUrl = `${base}/teams/${team.id}/projects/${project.id}/pipeline`;
  log(`saved a ${NODES}-node, ${EDGES}-edge pipeline (${fmt(graph.bounds.width)}×${fmt(graph.bounds.height)} flow px)`);

  // 3. Browser.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  cleanups.push({ name: "close browser", run: () => browser.close() });
  const chromiumVersion = browser.version();

  // Warm-up (not counted): first requests compile nothing in production, but fill the server's
  // and the database's caches. The editor's canvas size is what the bare page is given.
  const warm = await openCanvas(browser, editorUrl, session);
  const canvas = warm.open.canvas;
  const fitted = warm.open.viewport;
  if (warm.open.nodesAfterSettle !== NODES) {
    throw new Error(
      `the editor shows ${warm.open.nodesAfterSettle} of ${NODES} nodes after fitting the view (zoom ${fmt(fitted.zoom, 4)}, canvas ${canvas.width}×${canvas.height} px): ` +
        `with onlyRenderVisibleElements only on-screen nodes are rendered, and the graph (${fmt(graph.bounds.width)} flow px wide) does not fit at the editor's minimum zoom. ` +
        `Try a denser layout: --rows ${ROWS + 1} or --column-step ${Math.round(COLUMN_STEP * 0.8)}.`,
    );
  }
  await warm.close();
  // Same graph, same canvas size, same viewport as the editor after its fit.
  const bareUrl =
    `${base}/bench/bare-canvas?nodes=${NODES}&edges=${EDGES}&rows=${ROWS}&step=${COLUMN_STEP}` +
    `&w=${canvas.width}&h=${canvas.height}&vx=${fitted.x}&vy=${fitted.y}&vz=${fitted.zoom}`;
  const warmBare = await openCanvas(browser, bareUrl, null);
  await warmBare.close();
  log(`editor canvas ${canvas.width}×${canvas.height} px at ${VIEWPORT.width}×${VIEWPORT.height}; bare page uses the same size`);

  const results = { editor: [] as { open: OpenResult; pan: PanResult }[], bare: [] as { open: OpenResult; pan: PanResult }[] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (["editor", "bare"] as const) : (["bare", "editor"] as const);
    for (const which of order) {
      const opened = await openCanvas(browser, which === "editor" ? editorUrl : bareUrl, which === "editor" ? session : null);
      try {
        const panned = await pan(opened.page);
        results[which].push({ open: opened.open, pan: panned });
        log(
          `run ${i + 1} ${which.padEnd(6)} all ${NODES} nodes shown and painted at ${fmt(opened.open.allRenderedMs)} ms; ` +
            `${opened.open.nodesAfterSettle} nodes in the DOM after fit (zoom ${fmt(opened.open.viewport.zoom, 4)}); ` +
            `pan ${fmt(panned.fps, 1)} fps (${panned.frames} frames, longest ${fmt(panned.maxFrameMs)} ms, ${panned.framesOver20Ms} over 20 ms, ${panned.moves} mouse moves)`,
        );
      } finally {
        await opened.close();
      }
    }
  }

  const summary = (which: "editor" | "bare") => ({
    openMs: median(results[which].map((r) => r.open.allRenderedMs)),
    fps: median(results[which].map((r) => r.pan.fps)),
    maxFrameMs: median(results[which].map((r) => r.pan.maxFrameMs)),
    nodesAfterSettle: Math.min(...results[which].map((r) => r.open.nodesAfterSettle)),
    zoom: median(results[which].map((r) => r.open.viewport.zoom)),
  });
  const editor = summary("editor");
  const bare = summary("bare");
  const openRatio = editor.openMs / bare.openMs;
  const fpsRatio = editor.fps / bare.fps;

  // 4. Saves of a 500-node diagram.
  const { project: saveProject } = await api<{ project: { id: string } }>(session, "POST", `/api/v1/teams/${team.id}/projects`, { name: "Save bench" });
  const saveRoute = `/api/v1/projects/${saveProject.id}/pipeline`;
  let version = 0;
  const timings: number[] = [];
  let bodyBytes = 0;
  for (let i = 0; i < SAVE_WARMUPS + SAVES; i++) {
    const body = JSON.stringify(saveBody(i, version));
    bodyBytes = Buffer.byteLength(body);
    const t = performance.now();
    const response = await fetch(`${base}${saveRoute}`, { method: "PUT", headers: { "content-type": "application/json", origin: base, cookie: session.cookie }, body });
    const text = await response.text();
    const ms = performance.now() - t;
    if (!response.ok) throw new Error(`PUT ${saveRoute}: ${response.status} ${text.slice(0, 500)}`);
    version = (JSON.parse(text) as { pipeline: PipelineDiagram }).pipeline.version;
    if (i >= SAVE_WARMUPS) timings.push(ms);
  }
  const save = spread(timings);

  // The same saves in-process (savePipeline called directly, no HTTP, no Next, no session
  // lookup), in a child process: lib/server needs the react-server export condition.
  const { project: inProcessProject } = await api<{ project: { id: string } }>(session, "POST", `/api/v1/teams/${team.id}/projects`, { name: "Save bench (in-process)" });
  const inProcess = await saveInProcessChild(database.url, inProcessProject.id, session.user, tmp);

  // Report.
  const machine = {
    cpu: os.cpus()[0]?.model.trim() ?? "?",
    cores: os.cpus().length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    chromium: chromiumVersion,
    os: `${os.type()} ${os.release()}`,
  };
  const load = `load average (1 min) ${fmt(loadBefore, 2)} at start, ${fmt(os.loadavg()[0]!, 2)} at end`;
  const inProcessSave = spread(inProcess);
  const lines = [
    `Pipeline canvas — ${date.toISOString()}`,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memoryGb, 1)} GB RAM, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless, --disable-gpu); ${load}`,
    `graph: ${NODES} nodes, ${EDGES} edges (${ROWS} rows per lane, columns ${COLUMN_STEP} px apart: ${fmt(graph.bounds.width)}×${fmt(graph.bounds.height)} flow px); viewport ${VIEWPORT.width}×${VIEWPORT.height}, canvas ${canvas.width}×${canvas.height} px; ${RUNS} runs each, alternating, after one warm-up each`,
    `open (navigation start → all ${NODES} nodes shown and painted), median: editor ${fmt(editor.openMs)} ms, bare ${fmt(bare.openMs)} ms, ratio ${fmt(openRatio, 2)}× (target ≤ ${TARGETS.openRatio}×: ${verdict(openRatio <= TARGETS.openRatio)})`,
    `nodes in the DOM after fit: editor ${editor.nodesAfterSettle} (zoom ${fmt(editor.zoom, 4)}), bare ${bare.nodesAfterSettle} (zoom ${fmt(bare.zoom, 4)})`,
    `pan (3 s mouse drag, ±${PAN_AMPLITUDE} px), median: editor ${fmt(editor.fps, 1)} fps (longest frame ${fmt(editor.maxFrameMs)} ms), bare ${fmt(bare.fps, 1)} fps (longest frame ${fmt(bare.maxFrameMs)} ms), ratio ${fmt(fpsRatio, 2)}× (target editor ≥ ${TARGETS.panFps} fps: ${verdict(editor.fps >= TARGETS.panFps)})`,
    `save (PUT, ${SAVE_NODES} nodes / ${SAVE_EDGES} edges, ${fmt(bodyBytes / 1024)} KB body, ${SAVES} saves over HTTP after ${SAVE_WARMUPS} warm-ups) on ${database.label}: p50 ${fmt(save.p50, 1)} ms, p95 ${fmt(save.p95, 1)} ms, max ${fmt(save.max, 1)} ms, mean ${fmt(save.mean, 1)} ms (target p95 < ${TARGETS.saveP95Ms} ms: ${verdict(save.p95 < TARGETS.saveP95Ms)})`,
    `save in-process (savePipeline called directly, same saves, same database): p50 ${fmt(inProcessSave.p50, 1)} ms, p95 ${fmt(inProcessSave.p95, 1)} ms, max ${fmt(inProcessSave.max, 1)} ms, mean ${fmt(inProcessSave.mean, 1)} ms`,
  ];
  console.log(`\n${lines.join("\n")}\n`);

  if (RECORD) {
    const perRun = (which: "editor" | "bare") =>
      results[which].map((r) => `${fmt(r.open.allRenderedMs)} ms / ${fmt(r.pan.fps, 1)} fps`).join(", ");
    record([
      `### ${date.toISOString().slice(0, 10)} (${date.toISOString().slice(11, 16)} UTC)`,
      "",
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memoryGb, 1)} GB RAM, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless, \`--disable-gpu\`); ${load}. Database: ${database.label}.`,
      "",
      "| Measure | Editor | Bare React Flow | Ratio | Target | Result |",
      "| --- | --- | --- | --- | --- | --- |",
      `| Open: navigation → all ${NODES} nodes shown and painted (median of ${RUNS}) | ${fmt(editor.openMs)} ms | ${fmt(bare.openMs)} ms | ${fmt(openRatio, 2)}× | ≤ ${TARGETS.openRatio}× bare | ${verdict(openRatio <= TARGETS.openRatio)} |`,
      `| Pan: 3 s mouse drag (median of ${RUNS}) | ${fmt(editor.fps, 1)} fps | ${fmt(bare.fps, 1)} fps | ${fmt(fpsRatio, 2)}× | ≥ ${TARGETS.panFps} fps | ${verdict(editor.fps >= TARGETS.panFps)} |`,
      `| Save: PUT of ${SAVE_NODES} nodes / ${SAVE_EDGES} edges, ${SAVES} saves | p50 ${fmt(save.p50, 1)} ms, p95 ${fmt(save.p95, 1)} ms, max ${fmt(save.max, 1)} ms | — | — | p95 < ${TARGETS.saveP95Ms} ms | ${verdict(save.p95 < TARGETS.saveP95Ms)} |`,
      `| Save in-process (savePipeline, no HTTP), same saves | p50 ${fmt(inProcessSave.p50, 1)} ms, p95 ${fmt(inProcessSave.p95, 1)} ms, max ${fmt(inProcessSave.max, 1)} ms | — | — | (for reference) | — |`,
      "",
      `Per run (open / pan): editor ${perRun("editor")}; bare ${perRun("bare")}. Graph: ${ROWS} rows per lane, columns ${COLUMN_STEP} px apart (${fmt(graph.bounds.width)}×${fmt(graph.bounds.height)} flow px). Canvas ${canvas.width}×${canvas.height} px at ${VIEWPORT.width}×${VIEWPORT.height}; zoom: editor ${fmt(editor.zoom, 4)} (after its fit), bare ${fmt(bare.zoom, 4)} (opened at the editor's viewport); nodes in the DOM after fit: editor ${editor.nodesAfterSettle}, bare ${bare.nodesAfterSettle}. Longest pan frame (median): editor ${fmt(editor.maxFrameMs)} ms, bare ${fmt(bare.maxFrameMs)} ms.`,
      "",
    ]);
  }
}

function record(block: string[]) {
  const file = recordBenchmark("## Pipeline canvas", "Run with `npm run bench:canvas` (scripts/bench-canvas.ts).", block);
  log(`recorded in ${path.relative(process.cwd(), file)}`);
}

let failed = false;
try {
  if (args[0] === "--save-in-process") await saveInProcess();
  else await main();
} catch (error) {
  failed = true;
  console.error("[bench] failed:", error instanceof Error ? (error.stack ?? error.message) : error);
  if (serverLogFile) {
    await sleep(1000); // an exit of the server takes a moment to reach its log
    console.error(`[bench] server output (last lines):\n${tail(serverLogFile)}`);
  }
} finally {
  await cleanup();
}
process.exit(failed ? 1 : 0);
