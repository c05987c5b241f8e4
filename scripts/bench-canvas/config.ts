// The canvas benchmark's fixed sizes and its command-line options (listed in scripts/bench-canvas.ts).

import { BENCH_COLUMN_STEP, BENCH_ROWS_PER_LANE } from "../../lib/pipeline/bench-graph";

export const NODES = 1000;
export const EDGES = 1500;
export const VIEWPORT = { width: 1440, height: 900 };

export const args = process.argv.slice(2);
export const RUNS = Number(argValue("--runs") ?? 5);
export const SKIP_BUILD = args.includes("--skip-build");
export const ROWS = Number(argValue("--rows") ?? BENCH_ROWS_PER_LANE);
export const COLUMN_STEP = Number(argValue("--column-step") ?? BENCH_COLUMN_STEP);
export const RECORD = !args.includes("--no-record");

function argValue(name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
