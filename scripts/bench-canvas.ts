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
//
// The parts live in scripts/bench-canvas/. This file runs the steps above, and is also run
// again, in a child process, with --save-in-process (the in-process saves of step 4).

import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchGraph } from "../lib/pipeline/bench-graph";
import { launchBrowser, openCanvas, pan, type CanvasRun } from "./bench-canvas/browser";
import { cleanups, log, runBench } from "./bench-canvas/cleanup";
import { args, COLUMN_STEP, EDGES, NODES, ROWS, RUNS, SKIP_BUILD, VIEWPORT } from "./bench-canvas/config";
import { prepareDatabase } from "./bench-canvas/database";
import { api, signUp } from "./bench-canvas/http-api";
import { fmt, report } from "./bench-canvas/report";
import { saveInProcess, saveInProcessChild, saveOverHttp } from "./bench-canvas/saves";
import { buildApp, startServer } from "./bench-canvas/server";

/** The server's output, shown when something fails. */
let serverLogFile: string | undefined;

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
    await buildApp(tmp);
  }

  const database = await prepareDatabase();
  log(`database: ${database.label}`);
  serverLogFile = path.join(tmp, "server.log");
  const base = await startServer(database.url, tmp, serverLogFile);

  // 2. Data.
  const session = await signUp(base);
  const { team } = await api<{ team: { id: string } }>(session, "POST", "/api/v1/teams", { name: "Bench team" });
  const { project } = await api<{ project: { id: string } }>(session, "POST", `/api/v1/teams/${team.id}/projects`, {
    name: "Canvas bench",
  });
  const graph = benchGraph({ nodes: NODES, edges: EDGES, rowsPerLane: ROWS, columnStep: COLUMN_STEP });
  // The never-moved viewport (0, 0, zoom 1) of a saved diagram makes the editor fit the view on open.
  await api(session, "PUT", `/api/v1/projects/${project.id}/pipeline`, {
    baseVersion: 0,
    viewport: { x: 0, y: 0, zoom: 1 },
    nodes: graph.nodes,
    edges: graph.edges,
  });
  const editorUrl = `${base}/teams/${team.id}/projects/${project.id}/pipeline`;
  log(`saved a ${NODES}-node, ${EDGES}-edge pipeline (${fmt(graph.bounds.width)}×${fmt(graph.bounds.height)} flow px)`);

  // 3. Browser.
  const browser = await launchBrowser();
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
  log(
    `editor canvas ${canvas.width}×${canvas.height} px at ${VIEWPORT.width}×${VIEWPORT.height}; bare page uses the same size`,
  );

  const results = { editor: [] as CanvasRun[], bare: [] as CanvasRun[] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (["editor", "bare"] as const) : (["bare", "editor"] as const);
    for (const which of order) {
      const opened = await openCanvas(
        browser,
        which === "editor" ? editorUrl : bareUrl,
        which === "editor" ? session : null,
      );
      try {
        const panned = await pan(opened.page);
        results[which].push({ open: opened.open, pan: panned });
        log(
          `run ${i + 1} ${which.padEnd(6)} all ${NODES} nodes shown and painted at ${fmt(opened.open.allRenderedMs)} ms; ` +
            `${opened.open.nodesAfterSettle} nodes in the DOM after fit (zoom ${fmt(opened.open.viewport.zoom, 4)}); ` +
            `pan ${fmt(panned.fps, 1)} fps, ${fmt(panned.updatesPerSecond, 1)} viewport updates/s (${panned.frames} frames, longest ${fmt(panned.maxFrameMs)} ms, ${panned.framesOver20Ms} over 20 ms, ${panned.moves} mouse moves)`,
        );
      } finally {
        await opened.close();
      }
    }
  }

  // 4. Saves of a 500-node diagram.
  const { project: saveProject } = await api<{ project: { id: string } }>(
    session,
    "POST",
    `/api/v1/teams/${team.id}/projects`,
    { name: "Save bench" },
  );
  const saves = await saveOverHttp(session, saveProject.id);

  // The same saves in-process (savePipeline called directly, no HTTP, no Next, no session
  // lookup), in a child process: lib/server needs the react-server export condition.
  const { project: inProcessProject } = await api<{ project: { id: string } }>(
    session,
    "POST",
    `/api/v1/teams/${team.id}/projects`,
    { name: "Save bench (in-process)" },
  );
  const inProcess = await saveInProcessChild(database.url, inProcessProject.id, session.user, tmp);

  // Report.
  report({
    date,
    loadBefore,
    chromiumVersion,
    databaseLabel: database.label,
    graph: graph.bounds,
    canvas,
    results,
    saves,
    inProcess,
  });
}

await runBench(args[0] === "--save-in-process" ? saveInProcess : main, () => serverLogFile);
