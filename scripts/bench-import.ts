// `npm run bench:import`: notebook import end to end — upload a 500-code-cell notebook to
// POST /api/v1/notebooks/analyze, then add its steps with POST …/pipeline/import — on the
// local PostgreSQL (a fresh database, dropped at the end). The route handlers are called
// in-process, as Next.js calls them (session cookie, body stream, zod, transaction); what
// is left out is Next's HTTP routing. Run with scripts/support/allow-server-only.mjs (see
// package.json), which lets `server-only` modules load outside Next.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { NextRequest } from "next/server";
import pg from "pg";
import { prepareDatabase } from "../lib/db/prepare";
import { runBench } from "./bench-canvas/cleanup";
import { assemble, corpusCells, generatedCells } from "./notebook-samples";
import { recordBenchmark } from "./support/record-benchmark";

const RUNS = 20;
const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const repoRoot = path.resolve(import.meta.dirname, "..");
const record = !process.argv.includes("--no-record");

async function main() {
  const db = `mlops_map_bench_import_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${db}`);
  const url = `postgresql://postgres@127.0.0.1:5432/${db}`;
  try {
    await prepareDatabase({ connectionString: url });
    Object.assign(process.env, {
      DATABASE_URL: url,
      BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
      BETTER_AUTH_URL: "http://localhost:3000",
    });
    await run();
  } finally {
    const { getDb } = await import("../lib/server/db");
    await getDb().$disconnect();
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
}

async function run() {
  const { getAuth } = await import("../lib/server/auth");
  const analyze = await import("../app/api/v1/notebooks/analyze/route");
  const importRoute = await import("../app/api/v1/projects/[projectId]/pipeline/import/route");
  const teams = await import("../app/api/v1/teams/route");
  const projects = await import("../app/api/v1/teams/[teamId]/projects/route");

  const signUp = await getAuth().api.signUpEmail({
    body: { name: "Bench", email: `bench${Date.now()}@example.com`, password: "bench-password-1" },
    asResponse: true,
  });
  const cookie = signUp.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const call = async (
    handler: (r: NextRequest, c: { params: Promise<unknown> }) => Promise<Response>,
    route: string,
    body: BodyInit,
    params?: object,
    type = "application/json",
  ) => {
    const request = new NextRequest(new URL(route, "http://localhost:3000"), {
      method: "POST",
      headers: { cookie, "content-type": type, origin: "http://localhost:3000" },
      body,
    });
    const response = await handler(request, { params: Promise.resolve(params) });
    if (!response.ok) throw new Error(`${route}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const { team } = (await call(teams.POST, "/api/v1/teams", JSON.stringify({ name: "Bench" }))) as {
    team: { id: string };
  };

  const corpus = path.join(repoRoot, "..", "shared", "corpus");
  const pool = corpusCells(corpus);
  const notebook = assemble(pool ?? generatedCells(), 500);
  const timings: { total: number; analyze: number; save: number; steps: number }[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const { project } = (await call(
      projects.POST,
      `/api/v1/teams/${team.id}/projects`,
      JSON.stringify({ name: `Import ${i}` }),
      { teamId: team.id },
    )) as { project: { id: string } };
    const t0 = performance.now();
    const analysis = (await call(
      analyze.POST,
      "/api/v1/notebooks/analyze?filename=bench.ipynb",
      notebook,
      undefined,
      "application/octet-stream",
    )) as {
      steps: { title: string; category: string; phase: string; cellIndexes: number[] }[];
    };
    const t1 = performance.now();
    await call(
      importRoute.POST,
      `/api/v1/projects/${project.id}/pipeline/import`,
      JSON.stringify({ baseVersion: 0, steps: analysis.steps }),
      { projectId: project.id },
    );
    const t2 = performance.now();
    if (i >= 2) timings.push({ total: t2 - t0, analyze: t1 - t0, save: t2 - t1, steps: analysis.steps.length });
  }
  const q = (values: number[], p: number) =>
    [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;
  const totals = timings.map((t) => t.total);
  const lines = [
    `### ${new Date().toISOString().slice(0, 10)} — ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, Node ${process.version}`,
    "",
    `- Notebook: 500 code cells from ${pool ? "the labelled corpus" : "generated cells"}, ${(notebook.byteLength / 1e6).toFixed(1)} MB, ${timings[0]?.steps} steps; local PostgreSQL; ${RUNS} runs after 2 warm-ups.`,
    `- Upload → analyse → steps saved: p50 ${q(totals, 50).toFixed(0)} ms, p95 ${q(totals, 95).toFixed(0)} ms (target < 300 ms: ${q(totals, 95) < 300 ? "met" : "MISSED"}).`,
    `- Of which analyse p50 ${q(
      timings.map((t) => t.analyze),
      50,
    ).toFixed(0)} ms, import transaction p50 ${q(
      timings.map((t) => t.save),
      50,
    ).toFixed(0)} ms. Load average at the end: ${os.loadavg()[0]?.toFixed(2)}.`,
  ];
  console.log(lines.join("\n"));
  if (record) {
    // One section, a dated entry per run (it used to add the heading again each run).
    recordBenchmark("## Notebook import, end to end", "Run with `npm run bench:import` (scripts/bench-import.ts).", [
      ...lines,
      "",
    ]);
  }
}

void runBench(main);
