// The canvas benchmark's saves of a 500-node diagram: over HTTP, and in-process (savePipeline
// called directly) in a child process for reference.

import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchGraph } from "../../lib/pipeline/bench-graph";
import type { PipelineDiagram, PipelineNode } from "../../lib/pipeline/types";
import { cleanups, run, stopGroup, tail } from "./cleanup";
import type { Session } from "./http-api";

export const SAVE_NODES = 500;
export const SAVE_EDGES = 750;
export const SAVES = 50;
export const SAVE_WARMUPS = 2;

const saveGraph = benchGraph({ nodes: SAVE_NODES, edges: SAVE_EDGES });

/** Save number `i`: the 500-node diagram with five nodes moved 8 px right on even saves, back on odd ones. */
export function saveBody(i: number, baseVersion: number) {
  const first = (i * 5) % SAVE_NODES;
  const dx = i % 2 === 0 ? 8 : 0;
  const nodes: PipelineNode[] = saveGraph.nodes.map((n, j) =>
    j >= first && j < first + 5 ? { ...n, position: { x: n.position.x + dx, y: n.position.y } } : n,
  );
  return { baseVersion, viewport: { x: 12, y: 34, zoom: 0.5 }, nodes, edges: saveGraph.edges };
}

/** The saves (PUT) over HTTP, after the warm-ups: ms each, and the size of a body. */
export async function saveOverHttp(
  session: Session,
  projectId: string,
): Promise<{ timings: number[]; bodyBytes: number }> {
  const base = session.base;
  const saveRoute = `/api/v1/projects/${projectId}/pipeline`;
  let version = 0;
  const timings: number[] = [];
  let bodyBytes = 0;
  for (let i = 0; i < SAVE_WARMUPS + SAVES; i++) {
    const body = JSON.stringify(saveBody(i, version));
    bodyBytes = Buffer.byteLength(body);
    const t = performance.now();
    const response = await fetch(`${base}${saveRoute}`, {
      method: "PUT",
      headers: { "content-type": "application/json", origin: base, cookie: session.cookie },
      body,
    });
    const text = await response.text();
    const ms = performance.now() - t;
    if (!response.ok) throw new Error(`PUT ${saveRoute}: ${response.status} ${text.slice(0, 500)}`);
    version = (JSON.parse(text) as { pipeline: PipelineDiagram }).pipeline.version;
    if (i >= SAVE_WARMUPS) timings.push(ms);
  }
  return { timings, bodyBytes };
}

/** Child-process mode (--save-in-process): the saves through savePipeline itself; prints the timings as JSON. */
export async function saveInProcess() {
  const { savePipeline } = await import("../../lib/server/pipeline");
  const { getDb } = await import("../../lib/server/db");
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

/** Runs the entry script again with --save-in-process, in its own process group; returns its timings. */
export async function saveInProcessChild(
  databaseUrl: string,
  projectId: string,
  user: Session["user"],
  tmp: string,
): Promise<number[]> {
  const logFile = path.join(tmp, "in-process.log");
  const child = run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.resolve("scripts/bench-canvas.ts"), "--save-in-process"],
    { ...process.env, DATABASE_URL: databaseUrl, BENCH_PROJECT_ID: projectId, BENCH_USER: JSON.stringify(user) },
    logFile,
  );
  cleanups.push({ name: "stop in-process saver", run: () => stopGroup(child.child) });
  const code = await child.done;
  const lines = readFileSync(logFile, "utf8")
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("BENCH_TIMINGS "));
  if (code !== 0 || lines.length === 0) throw new Error(`in-process saves failed (${code}):\n${tail(logFile)}`);
  return JSON.parse(lines[0]!.slice("BENCH_TIMINGS ".length)) as number[];
}
