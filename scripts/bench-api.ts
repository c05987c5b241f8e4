// `npm run bench:api [-- --no-record --skip-build --duration S --rounds N --only TEXT]`: the API's throughput
// (issue #15 point 5). Prints figures and records them in BENCHMARKS.md under "API throughput";
// it asserts nothing.
//
// The production build (`npm start`, MLOPS_MAP_BENCH=1) on a fresh database, seeded through
// the API (scripts/bench-api/seed.ts). Each case is one route with a valid session against a
// bare route of the same server answering the same bytes (app/api/bench/bare-json/[name]),
// at 50 connections (scripts/support/http-compare.ts), in the same run:
//   GET /api/v1/projects/:id            (session, access check, project and team)
//   GET …/pipeline, 10 and 500 nodes     (session, access check, the diagram's rows)
//   PUT …/pipeline, 10 nodes             (a real save each time: the project's current
//                                         version, one node retitled; the bare PUT reads
//                                         and parses the same body and answers a save's bytes)

import { mkdirSync, mkdtempSync, rmSync, existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cleanup, cleanups, log, runBench } from "./bench-canvas/cleanup";
import { prepareDatabase } from "./bench-canvas/database";
import { signUp, type Session } from "./bench-canvas/http-api";
import { buildApp, startServer } from "./bench-canvas/server";
import { graphOf, newTeam, projectWithPipeline, savePool, saveBody } from "./bench-api/seed";
import {
  CONNECTIONS,
  compareRoutes,
  roundLine,
  verdictLine,
  type Comparison,
  type HttpTarget,
} from "./support/http-compare";
import { recordBenchmark } from "./support/record-benchmark";

const ARGS = process.argv.slice(2);
const value = (flag: string, fallback: number) => {
  const at = ARGS.indexOf(flag);
  return at === -1 ? fallback : Number(ARGS[at + 1]);
};
const OPTIONS = { rounds: value("--rounds", 2), durationS: value("--duration", 10) };
const SMALL = 10;
const BIG = 500;

type Case = { name: string; route: HttpTarget; bare: HttpTarget; bytes: number; read: boolean };

/** Fetches the real route once, stores its bytes for the bare one, and checks the bare one answers them. */
async function getCase(base: string, session: Session, dir: string, name: string, label: string, route: string) {
  const url = `${base}${route}`;
  const response = await fetch(url, { headers: { cookie: session.cookie } });
  if (!response.ok) throw new Error(`GET ${route}: ${response.status} ${await response.text()}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  writeFileSync(path.join(dir, `${name}.json`), bytes);
  const bareUrl = `${base}/api/bench/bare-json/${name}`;
  const bare = Buffer.from(await (await fetch(bareUrl)).arrayBuffer());
  if (!bare.equals(bytes)) throw new Error(`the bare route ${name} does not answer the same bytes as ${route}`);
  return {
    name: label,
    route: { url, headers: { cookie: session.cookie } },
    bare: { url: bareUrl },
    bytes: bytes.length,
    read: true,
  } satisfies Case;
}

async function putCase(base: string, session: Session, dir: string, teamId: string): Promise<Case> {
  const graph = graphOf(SMALL);
  // A save's answer for the bare PUT: what a real save of this graph answers.
  const sample = await projectWithPipeline(session, teamId, "Save sample", graph);
  const body = JSON.stringify(saveBody(graph, 1));
  const saved = await fetch(`${base}/api/v1/projects/${sample}/pipeline`, {
    method: "PUT",
    headers: { cookie: session.cookie, origin: base, "content-type": "application/json" },
    body,
  });
  if (!saved.ok) throw new Error(`PUT pipeline: ${saved.status} ${await saved.text()}`);
  const bytes = Buffer.from(await saved.arrayBuffer());
  writeFileSync(path.join(dir, "put-pipeline.json"), bytes);
  const pool = await savePool(session, teamId, graph);
  return {
    name: `PUT …/pipeline, ${SMALL} nodes (real saves at the current version)`,
    route: {
      url: `${base}/api/v1/projects/${sample}/pipeline`,
      method: "PUT",
      headers: { cookie: session.cookie, origin: base },
      perRequest: pool,
    },
    bare: { url: `${base}/api/bench/bare-json/put-pipeline`, method: "PUT", body },
    bytes: bytes.length,
    read: false,
  };
}

async function main() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-map-bench-api-"));
  cleanups.push({ name: "remove temp folder", run: () => rmSync(tmp, { recursive: true, force: true }) });
  const results: { c: Case; r: Comparison }[] = [];
  let server = "";
  try {
    if (ARGS.includes("--skip-build") && existsSync(path.join(process.cwd(), ".next", "BUILD_ID")))
      log("--skip-build: using the existing .next build (it must contain app/api/bench/bare-json)");
    else await buildApp(tmp);
    const dir = path.join(tmp, "bare");
    mkdirSync(dir);
    // The server inherits process.env (scripts/bench-canvas/server.ts): the bare routes' folder.
    process.env.MLOPS_MAP_BENCH_DIR = dir;
    const database = await prepareDatabase();
    server = `next start (production build), ${database.label}`;
    const base = await startServer(database.url, tmp, path.join(tmp, "server.log"));
    const session = await signUp(base);
    const teamId = await newTeam(session);
    const small = await projectWithPipeline(session, teamId, "Small", graphOf(SMALL));
    const big = await projectWithPipeline(session, teamId, "Big", graphOf(BIG));
    const cases = [
      await getCase(base, session, dir, "project", "GET /api/v1/projects/:id", `/api/v1/projects/${small}`),
      await getCase(
        base,
        session,
        dir,
        "pipeline-small",
        `GET …/pipeline, ${SMALL} nodes`,
        `/api/v1/projects/${small}/pipeline`,
      ),
      await getCase(
        base,
        session,
        dir,
        "pipeline-big",
        `GET …/pipeline, ${BIG} nodes`,
        `/api/v1/projects/${big}/pipeline`,
      ),
      await putCase(base, session, dir, teamId),
    ];
    log(`seeded; answers: ${cases.map((c) => `${c.name} ${c.bytes} bytes`).join(", ")}`);
    // --only: the cases whose name has TEXT (to profile one route); never recorded.
    const only = ARGS.includes("--only") ? ARGS[ARGS.indexOf("--only") + 1] : undefined;
    for (const c of cases.filter((c) => !only || c.name.includes(only)))
      results.push({ c, r: await compareRoutes(c.name, c.route, c.bare, OPTIONS) });
  } finally {
    await cleanup();
  }
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
  const load = os.loadavg()[0]!.toFixed(1);
  const lines = [
    `### ${stamp} UTC — ${cpu}, ${os.cpus().length} cores (load average ${load} at the end), Node ${process.version}`,
    "",
    `- ${server}; autocannon, ${CONNECTIONS} connections over loopback, ${OPTIONS.rounds} rounds of ${OPTIONS.durationS} s per side, alternating, after a 3 s warm-up each.`,
    ...results.flatMap(({ c, r }) => [
      roundLine(`${c.name} (${(c.bytes / 1024).toFixed(1)} kB)`, r.route, OPTIONS.rounds),
      roundLine("  bare route, same bytes", r.bare, OPTIONS.rounds),
      verdictLine(c.name, r, c.read),
    ]),
    "",
  ];
  console.log(lines.join("\n"));
  if (!ARGS.includes("--no-record") && !ARGS.includes("--only")) {
    const file = recordBenchmark("## API throughput", SECTION_INTRO, lines);
    console.log(`recorded in ${path.relative(process.cwd(), file)}`);
  }
}

const SECTION_INTRO = `Run with \`npm run bench:api\` (scripts/bench-api.ts); \`--no-record\` prints only, \`--skip-build\` reuses .next.

The production build on a fresh PostgreSQL database, seeded through the API. Each route (with a valid session)
against a bare route of the same server answering the same bytes (app/api/bench/bare-json), at ${CONNECTIONS}
connections, in alternating rounds of the same run. The PUT is a real save every time: each request takes one of
${2 * CONNECTIONS} projects that is not being saved and sends its current version with one node retitled; the bare PUT reads and
parses the same body. Targets (issue #15): ≥ 0.5× the bare route's req/s, and p99 < 50 ms for the reads.`;

await runBench(main);
