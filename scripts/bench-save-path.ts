// `npm run bench:save-path`: where the time of one canvas save goes, in-process (see
// BENCHMARKS.md, "Canvas save path"). The saves of bench:canvas (scripts/bench-canvas/saves.ts:
// a 500-node, 750-edge diagram, five nodes moved per save) go through savePipeline with every
// Prisma operation timed, and are compared with a floor measured in the same run: a transaction
// that only bumps the version. Prints figures; asserts nothing. Run with
// `node --conditions=react-server --import tsx scripts/bench-save-path.ts` (the npm script does).
// DATABASE_URL when set, else a fresh database on the local PostgreSQL, dropped at the end.

import os from "node:os";
import { performance } from "node:perf_hooks";
import { runBench } from "./bench-canvas/cleanup";
import { inProcessProject } from "./bench-canvas/in-process";
import { SAVE_EDGES, SAVE_NODES, SAVE_WARMUPS, SAVES, saveBody } from "./bench-canvas/saves";

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** A raw statement named by what it writes ("INSERT PipelineNode", "DELETE+INSERT PipelineRevision"). */
function rawLabel(args: unknown): string {
  const { sql, strings } = (args ?? {}) as { sql?: string; strings?: string[] };
  const text = sql ?? strings?.join("?") ?? "";
  const writes = [...text.matchAll(/(INSERT INTO|UPDATE|DELETE FROM|SELECT)\s+"?(\w+)"?/g)];
  const verbs = [...new Set(writes.map((m) => m[1]!.split(" ")[0]))].join("+");
  return `${verbs || "?"} ${writes[0]?.[2] ?? ""}`.trim();
}

async function main() {
  const { user, project } = await inProcessProject("Save path");
  const { getDb } = await import("../lib/server/db");
  const { savePipeline } = await import("../lib/server/pipeline");

  // Every Prisma operation timed by name, inside the save's transaction too.
  const base = getDb();
  const perOperation = new Map<string, number>();
  const timed = base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const start = performance.now();
        try {
          return await query(args);
        } finally {
          const name = model ? `${model}.${operation}` : `${operation} ${rawLabel(args)}`;
          perOperation.set(name, (perOperation.get(name) ?? 0) + performance.now() - start);
        }
      },
    },
  });
  (globalThis as unknown as { prisma?: unknown }).prisma = timed;

  const loadBefore = os.loadavg()[0]!;
  const saves: number[] = [];
  const floor: number[] = [];
  let version = 0;
  for (let i = 0; i < SAVE_WARMUPS + SAVES; i++) {
    if (i === SAVE_WARMUPS) perOperation.clear();
    const body: unknown = JSON.parse(JSON.stringify(saveBody(i, version)));
    let t = performance.now();
    version = (await savePipeline(user, project.id, body)).version;
    const saved = performance.now() - t;
    // The floor, alternated with the saves: one transaction, one version bump.
    t = performance.now();
    await base.$transaction((tx) =>
      tx.pipelineDiagram.updateMany({ where: { projectId: "none" }, data: { version: { increment: 1 } } }),
    );
    if (i >= SAVE_WARMUPS) {
      saves.push(saved);
      floor.push(performance.now() - t);
    }
  }
  saves.sort((a, b) => a - b);
  floor.sort((a, b) => a - b);
  const loadAfter = os.loadavg()[0]!;

  console.log(
    `\n${SAVES} saves of ${SAVE_NODES} nodes / ${SAVE_EDGES} edges, in-process; ${os.cpus()[0]?.model}, ${os.cpus().length} cores, Node ${process.version}; load ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
  );
  console.log(
    `savePipeline: p50 ${ms(pct(saves, 0.5))}, p95 ${ms(pct(saves, 0.95))}, max ${ms(saves.at(-1)!)}; floor (empty transaction): p50 ${ms(pct(floor, 0.5))}; ratio p50 ${(pct(saves, 0.5) / pct(floor, 0.5)).toFixed(1)}×`,
  );
  console.log(`Per Prisma operation, mean per save (${perOperation.size}):`);
  for (const [name, total] of [...perOperation].sort((a, b) => b[1] - a[1]))
    console.log(`  ${name.padEnd(36)} ${ms(total / SAVES)}`);
  await (await import("../lib/server/db")).closeDb();
}

void runBench(main);
