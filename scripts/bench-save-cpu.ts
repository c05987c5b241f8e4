// `npm run bench:save-cpu [-- --saves N --no-record]`: the CPU one save of bench:api's PUT costs
// (a 10-node diagram, one node retitled, from the saved version), on both sides of the
// connection: this process (savePipelineMerging: validation, the access check and the write in
// one statement) and the local PostgreSQL server's processes (scripts/support/postgres-cpu.ts).
// Baseline in the same run: `SELECT 1` through the same client, the cheapest statement there is.
// In-process, no HTTP: bench:api's bare route measures the framework's share. Prints figures,
// records them in BENCHMARKS.md; asserts nothing. DATABASE_URL when set, else a fresh database.

import os from "node:os";
import { performance } from "node:perf_hooks";
import { log, runBench } from "./bench-canvas/cleanup";
import { inProcessProject } from "./bench-canvas/in-process";
import { graphOf, saveBody } from "./bench-api/seed";
import { postgresCpuMs } from "./support/postgres-cpu";
import { recordBenchmark } from "./support/record-benchmark";

const ARGS = process.argv.slice(2);
const at = ARGS.indexOf("--saves");
const SAVES = at === -1 ? 3000 : Number(ARGS[at + 1]);
const WARMUPS = 200;

type Cost = { wallMs: number; nodeMs: number; postgresMs: number | undefined };

/** Mean wall time, this process's CPU and PostgreSQL's CPU per call of `step`, over `n` calls. */
async function measure(n: number, step: () => Promise<unknown>): Promise<Cost> {
  const pg0 = postgresCpuMs();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await step();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const pg1 = postgresCpuMs();
  return {
    wallMs: wall / n,
    nodeMs: (cpu.user + cpu.system) / 1000 / n,
    postgresMs: pg0 === undefined || pg1 === undefined ? undefined : (pg1 - pg0) / n,
  };
}

const fmt = (ms: number | undefined) => (ms === undefined ? "n/a" : `${ms.toFixed(3)} ms`);

async function main() {
  const { database, user, project } = await inProcessProject("Save CPU");
  const { getDb, closeDb } = await import("../lib/server/db");
  const { savePipelineMerging } = await import("../lib/server/pipeline");
  const graph = graphOf(10);
  let version = 0;
  // The body as the route hands it over: parsed from the JSON a client sent.
  const save = async () => {
    const body: unknown = JSON.parse(JSON.stringify(saveBody(graph, version)));
    version = (await savePipelineMerging(user, project.id, body)).pipeline.version;
  };
  const select = () => getDb().$queryRaw`SELECT 1`;
  for (let i = 0; i < WARMUPS; i++) {
    await save();
    await select();
  }

  const load = os.loadavg()[0]!;
  // Alternated halves, so a change in the machine's load falls on both.
  const halves = [await measure(SAVES / 2, save), await measure(SAVES / 2, select)];
  halves.push(await measure(SAVES / 2, save), await measure(SAVES / 2, select));
  const mean = (a: Cost, b: Cost): Cost => ({
    wallMs: (a.wallMs + b.wallMs) / 2,
    nodeMs: (a.nodeMs + b.nodeMs) / 2,
    postgresMs:
      a.postgresMs === undefined || b.postgresMs === undefined ? undefined : (a.postgresMs + b.postgresMs) / 2,
  });
  const saved = mean(halves[0]!, halves[2]!);
  const floor = mean(halves[1]!, halves[3]!);
  await closeDb();

  const cores = os.cpus().length;
  const both = saved.nodeMs + (saved.postgresMs ?? 0);
  const lines = [
    `### ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC — ${os.cpus()[0]?.model}, ${cores} cores (load average ${load.toFixed(1)} at the start), Node ${process.version}`,
    "",
    `- ${SAVES} saves of a 10-node diagram (one node retitled, from the saved version) and ${SAVES} \`SELECT 1\`, alternated in halves; ${database.label}.`,
    `- Save: wall ${fmt(saved.wallMs)}, this process's CPU ${fmt(saved.nodeMs)}, PostgreSQL's CPU ${fmt(saved.postgresMs)} per save.`,
    `- \`SELECT 1\` (baseline): wall ${fmt(floor.wallMs)}, this process's CPU ${fmt(floor.nodeMs)}, PostgreSQL's CPU ${fmt(floor.postgresMs)}.`,
    `- Ratio to the baseline: this process ${(saved.nodeMs / floor.nodeMs).toFixed(1)}×, PostgreSQL ${saved.postgresMs && floor.postgresMs ? `${(saved.postgresMs / floor.postgresMs).toFixed(1)}×` : "n/a"}.`,
    `- What that leaves room for: the app's one JavaScript thread can run at most ${Math.floor(1000 / saved.nodeMs)} of these saves a second before any HTTP work; the two sides together use ${fmt(both)} of CPU per save, at most ${Math.floor((1000 * cores) / both)} a second on ${cores} cores, before the framework's share of each request and the load generator's.`,
  ];
  console.log(lines.join("\n"));
  if (!ARGS.includes("--no-record")) {
    const file = recordBenchmark("## Save CPU (in-process)", SECTION_INTRO, lines);
    log(`recorded in ${file}`);
  }
}

const SECTION_INTRO = `Run with \`npm run bench:save-cpu\` (scripts/bench-save-cpu.ts); \`--no-record\` prints only. Where the
CPU of bench:api's PUT goes (issue #15 point 5): the save called in-process, this process's CPU and the local
PostgreSQL server's (from /proc), against \`SELECT 1\` through the same client in the same run.`;

void runBench(main);
