import "server-only";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { METRIC_NAMES, type TStaleSaveOutcome } from "@/lib/observability/metric-names";
import { dbPoolStats } from "../db";
import { isDatabaseUp } from "../health";

// The process's Prometheus registry and its metrics, made once and kept on globalThis:
// Next compiles route handlers into several bundles, each with its own copy of this module,
// and they must all count into the one registry /api/metrics serves.

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: METRIC_NAMES.httpRequests,
      help: "API requests answered, by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: METRIC_NAMES.httpDuration,
      help: "Time to answer an API request, by route pattern, method and status.",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    httpInFlight: new Gauge({
      name: METRIC_NAMES.httpInFlight,
      help: "API requests being answered now.",
      registers,
    }),
    dbPoolTotal: poolGauge(METRIC_NAMES.dbPoolTotal, "Connections the database pool holds.", "total", registers),
    dbPoolIdle: poolGauge(METRIC_NAMES.dbPoolIdle, "Connections of the pool not in use.", "idle", registers),
    dbPoolWaiting: poolGauge(
      METRIC_NAMES.dbPoolWaiting,
      "Queries waiting for a free connection of the pool.",
      "waiting",
      registers,
    ),
    dbUp: new Gauge({
      name: METRIC_NAMES.dbUp,
      help: "1 when the database answered a trivial query within a second, when scraped.",
      registers,
      async collect() {
        this.set((await isDatabaseUp(1000)) ? 1 : 0);
      },
    }),
    notebookQueue: new Gauge({
      name: METRIC_NAMES.notebookQueue,
      help: "Notebook analyses waiting for a worker (this instance).",
      registers,
    }),
    notebookInFlight: new Gauge({
      name: METRIC_NAMES.notebookInFlight,
      help: "Notebook analyses running in a worker (this instance).",
      registers,
    }),
    notebookDuration: new Histogram({
      name: METRIC_NAMES.notebookDuration,
      help: "Time of a notebook analysis in a worker, by outcome (ok, error).",
      labelNames: ["outcome"] as const,
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    pipelineStaleSaves: new Counter({
      name: METRIC_NAMES.pipelineStaleSaves,
      help: "Pipeline saves from an older version: merged, or refused with 409 (overlap, or no base to merge from).",
      labelNames: ["outcome"] as const,
      registers,
    }),
    draining: new Gauge({
      name: METRIC_NAMES.draining,
      help: "1 while this instance shuts down (finishing its requests, refusing new ones).",
      registers,
    }),
  };
}

function poolGauge(name: string, help: string, field: "total" | "idle" | "waiting", registers: Registry[]) {
  return new Gauge({
    name,
    help,
    registers,
    // Read when scraped: no timer, and no figure before the pool exists.
    collect() {
      const stats = dbPoolStats();
      if (stats) this.set(stats[field]);
    },
  });
}

type Metrics = ReturnType<typeof createMetrics>;
const holder = globalThis as unknown as { mlopsMapMetrics?: Metrics };

/** The process's metrics (one registry per process, see above). */
export function appMetrics(): Metrics {
  holder.mlopsMapMetrics ??= createMetrics();
  return holder.mlopsMapMetrics;
}

/** Counts a save from an older version of a pipeline (lib/server/pipeline.ts). */
export function countStaleSave(outcome: TStaleSaveOutcome): void {
  appMetrics().pipelineStaleSaves.inc({ outcome });
}
