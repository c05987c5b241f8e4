// What the analysis benchmark measures on the running server: /api/health latency, one
// request at a time, and the server process's peak resident memory.

import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * Sequential GETs of /api/health from a worker thread, from now until `stop()` is called (and
 * at least `min` of them); resolves with the latencies in ms.
 */
export function probeHealth(
  base: string,
  min = 0,
  max = 5000,
): { stop: () => void; done: () => number; latencies: Promise<number[]> } {
  const count = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL("./health-prober.mjs", import.meta.url), { workerData: { base, min, max, count } });
  const latencies = new Promise<number[]>((resolve, reject) => {
    worker.once("message", (m: { latencies?: number[]; error?: string }) =>
      m.latencies ? resolve(m.latencies) : reject(new Error(m.error)),
    );
    worker.once("error", reject);
  }).finally(() => void worker.terminate());
  return { stop: () => worker.postMessage("stop"), done: () => Atomics.load(count, 0), latencies };
}

/** `min` probes of /api/health and nothing else. */
export function probeHealthAlone(base: string, count: number): Promise<number[]> {
  const probe = probeHealth(base, count, count);
  return probe.latencies;
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The process listening on 127.0.0.1:`port` (Next's server; the analysis workers are its child processes). */
export function listeningPid(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inode = readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .find((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === "0A")?.[9];
  if (!inode) throw new Error(`nothing listens on port ${port}`);
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`))
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`) return Number(pid);
    } catch {
      // another user's process, or one that just ended
    }
  }
  throw new Error(`no process found for port ${port}`);
}

/** Sets the peak (VmHWM) back to the current resident size, so the next reading is this run's peak. */
export function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

/** Resident memory of `pid`, current and peak since the last reset, in MiB. */
export function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** NODE_OPTIONS for the server, preloading the event-loop monitor (loop-delay.mjs), which writes to `dir`. */
export function loopDelayOptions(dir: string): Record<string, string> {
  const preload = path.join(import.meta.dirname, "loop-delay.mjs");
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${preload}`.trim(),
    MLOPS_MAP_BENCH_LOOP_DIR: dir,
  };
}

/** The server's longest event-loop delay (and p99) since the last call, in ms. */
export async function loopDelay(pid: number, dir: string): Promise<{ max: number; p99: number }> {
  const file = path.join(dir, `${pid}.json`);
  rmSync(file, { force: true });
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return JSON.parse(readFileSync(file, "utf8")) as { max: number; p99: number };
}

/** The child processes of `pid` (the analysis workers), from every thread's children list. */
function childPids(pid: number): number[] {
  const pids: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`))
      pids.push(...readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(/\s+/).filter(Boolean).map(Number));
  } catch {
    // the process or a thread just ended
  }
  return pids;
}

/**
 * Samples the summed resident memory of `pid`'s child processes every 50 ms until stop(),
 * which answers the largest sum in MiB. Sampled, so a short peak can be missed; a worker
 * replaced in between (one over its limit) counts while it lived.
 */
export function sampleWorkersMemory(pid: number): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    let sum = 0;
    for (const child of childPids(pid))
      try {
        // A worker that has just exited (a zombie until reaped) has no VmRSS line: NaN, skipped.
        const { rss } = memory(child);
        if (Number.isFinite(rss)) sum += rss;
      } catch {
        // it ended between the listing and the reading
      }
    peak = Math.max(peak, sum);
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
