import { performance } from "node:perf_hooks";

/** Median and p95 (ms) of `runs` calls of `f`, after `warmups` calls that are not counted. */
export function timings(f: () => unknown, runs: number, warmups: number): { median: number; p95: number } {
  for (let i = 0; i < warmups; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, p95: times[Math.floor(times.length * 0.95)] ?? 0 };
}
