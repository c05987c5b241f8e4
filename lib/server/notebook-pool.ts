import "server-only";
import { readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type ChildProcess, fork } from "node:child_process";
import type { AnalysisJob, AnalysisReply } from "@/lib/notebook/analysis-job";
import { NotebookError } from "@/lib/notebook/errors";
import {
  ANALYSIS_HEAP_MB,
  ANALYSIS_QUEUE_LENGTH,
  ANALYSIS_RETRY_AFTER_SECONDS,
  ANALYSIS_TIME_LIMIT_MS,
  analysisWorkerCount,
} from "@/lib/notebook/limits";
import { AppError } from "./errors";
import { appMetrics } from "./observability/metrics";

// Notebook analysis runs in worker processes, never on the request thread: one 10 MB
// notebook used to hold /api/health for 15 s. A few workers, a short queue, a time and a
// heap limit per analysis; a worker that goes over either is ended and replaced.
//
// Processes, not worker threads: a worker thread over its heap limit can abort the whole
// server instead of only itself (nodejs/node#47224; V8's heap limit is best-effort per isolate).
// It did so in about half of the runs of the heap-limit test on Node 20 and 24 alike. A
// process over its --max-old-space-size aborts alone, and the pool answers too_complex.

export type PoolOptions = { workers: number; queueLength: number; timeLimitMs: number; heapMb: number };

type Task = { job: AnalysisJob; resolve: (json: Uint8Array) => void; reject: (error: Error) => void };
type Slot = {
  worker: ChildProcess;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  /** Set when the pool ends the worker itself: its exit is then no failure. */
  stopping: boolean;
  /** The end of what the worker wrote to stderr: V8's out-of-memory report, or why it could not start. */
  stderr: string;
  startedAt: number;
};

const STDERR_KEPT = 4096;

export const DEFAULT_POOL_OPTIONS: PoolOptions = {
  workers: analysisWorkerCount(os.availableParallelism()),
  queueLength: ANALYSIS_QUEUE_LENGTH,
  timeLimitMs: ANALYSIS_TIME_LIMIT_MS,
  heapMb: ANALYSIS_HEAP_MB,
};

/** Resolved at run time from the app's folder (where `next start` and the tests run); the entry loads its TypeScript through tsx. */
const workerEntry = () => path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "server", "notebook-worker.mjs");

/**
 * The worker parses untrusted files and needs none of the server's secrets (DATABASE_URL, the
 * auth secret) nor its NODE_OPTIONS preloads: only where to find programs and temporary files.
 */
function workerEnv(): NodeJS.ProcessEnv {
  const keep = ["PATH", "TMPDIR", "TEMP", "TMP", "LANG", "TZ", "SYSTEMROOT"];
  const picked = keep.flatMap((key) => (process.env[key] === undefined ? [] : [[key, process.env[key]]]));
  return { ...Object.fromEntries(picked), NODE_ENV: process.env.NODE_ENV };
}

export class NotebookPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(readonly options: PoolOptions) {
    this.fill();
  }

  /**
   * The analysis as JSON bytes. Rejects with a NotebookError when the file is at fault
   * (including the time and heap limits), an AppError 503 `busy` when the queue is full,
   * and a plain Error for a bug.
   */
  analyze(job: AnalysisJob): Promise<Uint8Array> {
    if (this.pending >= this.options.workers + this.options.queueLength) return Promise.reject(this.busy());
    this.fill();
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** Analyses queued or running. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.task).length;
  }

  /** The workers' process ids (a test ends one from outside). */
  get workerPids(): number[] {
    return this.slots.flatMap((s) => (s.worker.pid === undefined ? [] : [s.worker.pid]));
  }

  /** Stops taking work; workers end once the work already taken is done. */
  close() {
    this.closed = true;
    for (const slot of this.slots) if (!slot.task) this.end(slot);
  }

  private fill() {
    // A closed pool still finishes what it has queued.
    while (this.slots.length < this.options.workers && (!this.closed || this.queue.length > 0))
      this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    // Next's bundler would follow the path and bundle the entry (and tsx) into the route.
    const worker = fork(/* turbopackIgnore: true */ workerEntry(), [], {
      // Not the server's own flags (a profiler, a larger heap): only the analysis's heap limit.
      execArgv: [`--max-old-space-size=${this.options.heapMb}`],
      // Structured clone over the pipe: the bytes go as bytes, not as JSON of numbers.
      serialization: "advanced",
      stdio: ["ignore", "inherit", "pipe", "ipc"],
      env: workerEnv(),
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null, stopping: false, stderr: "", startedAt: 0 };
    const keep = (text: string) => {
      slot.stderr = (slot.stderr + text).slice(-STDERR_KEPT);
    };
    worker.stderr?.setEncoding("utf8");
    worker.stderr?.on("data", keep);
    worker.on("message", (message: AnalysisReply | { ready: true }) => {
      if ("ready" in message) {
        slot.ready = true;
        this.dispatch();
      } else this.settle(slot, message);
    });
    // Only when the process cannot be started or signalled; its exit follows or has happened.
    worker.on("error", (error) => keep(String(error)));
    // "close", not "exit": by then stderr has been read to its end (V8's out-of-memory report).
    worker.on("close", (code, signal) => this.replace(slot, code, signal));
    this.holdOpen(slot);
    return slot;
  }

  /**
   * Idle workers must not keep a script or a test run alive, but one with work must: a
   * process waiting only on a worker would otherwise exit. (After the listeners: adding a
   * "message" listener refs the channel again.)
   */
  private holdOpen(slot: Slot) {
    const busy = slot.task !== null || this.queue.length > 0;
    for (const handle of [
      slot.worker,
      slot.worker.channel,
      slot.worker.stderr as unknown as Partial<NodeJS.RefCounted>,
    ])
      if (busy) handle?.ref?.();
      else handle?.unref?.();
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task) continue;
      const task = this.queue.shift();
      if (!task) break;
      slot.task = task;
      slot.worker.send(task.job);
      slot.timer = setTimeout(() => this.stop(slot, this.timedOut()), this.options.timeLimitMs);
      slot.startedAt = performance.now();
    }
    for (const slot of this.slots) this.holdOpen(slot);
    this.report();
  }

  /** Queue length and analyses running, for /api/metrics (these limits hold per instance). */
  private report() {
    const metrics = appMetrics();
    metrics.notebookQueue.set(this.queue.length);
    metrics.notebookInFlight.set(this.slots.filter((s) => s.task).length);
  }

  private settle(slot: Slot, reply: AnalysisReply) {
    const task = this.take(slot, reply.ok ? "ok" : "error");
    if (reply.ok) task?.resolve(reply.json);
    else if ("error" in reply)
      task?.reject(new NotebookError(reply.error.code, reply.error.message, reply.error.details));
    else task?.reject(new Error(`notebook analysis failed in a worker: ${reply.bug}`));
    if (this.closed && this.queue.length === 0) this.end(slot);
    else this.dispatch();
  }

  /** Ends a worker that is over its time limit; its exit brings a new one. */
  private stop(slot: Slot, error: Error) {
    slot.ready = false;
    this.take(slot)?.reject(error);
    this.end(slot);
  }

  /** SIGKILL: a busy analysis has no signal handler to run and nothing to save. */
  private end(slot: Slot) {
    slot.stopping = true;
    slot.worker.kill("SIGKILL");
  }

  private take(slot: Slot, outcome: "ok" | "error" = "error"): Task | null {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const task = slot.task;
    slot.task = null;
    if (task) {
      appMetrics().notebookDuration.observe({ outcome }, (performance.now() - slot.startedAt) / 1000);
      this.report();
    }
    return task;
  }

  private replace(slot: Slot, code: number | null, signal: NodeJS.Signals | null) {
    const booted = slot.ready || slot.task !== null;
    const failure = slot.stopping ? null : this.failureOf(slot, code, signal);
    this.take(slot)?.reject(failure ?? new Error("a notebook analysis worker exited"));
    this.slots.splice(this.slots.indexOf(slot), 1);
    if (!booted && failure) {
      // The worker could not even start (a broken install): fail what waits rather than
      // respawn in a loop; the next request tries again.
      for (const task of this.queue.splice(0)) task.reject(failure);
      return;
    }
    this.fill();
  }

  /** Why a worker the pool did not end has exited. */
  private failureOf(slot: Slot, code: number | null, signal: NodeJS.Signals | null): Error {
    // V8 reports "Reached heap limit … JavaScript heap out of memory" and aborts; a container's
    // memory limit kills with SIGKILL. Either way the notebook needed more memory than it may have.
    if (slot.task && (/heap out of memory|Allocation failed/.test(slot.stderr) || signal === "SIGKILL"))
      return this.tooComplex();
    const how = signal ? `signal ${signal}` : `code ${code}`;
    const said = slot.stderr.trim();
    return new Error(`a notebook analysis worker exited (${how})${said ? `: ${said}` : ""}`);
  }

  private busy(): AppError {
    const { workers, queueLength } = this.options;
    const message = `The server is analysing as many notebooks as it can (${workers} at a time, ${queueLength} waiting). Try again in ${ANALYSIS_RETRY_AFTER_SECONDS} seconds.`;
    return new AppError("busy", message, undefined, { "retry-after": String(ANALYSIS_RETRY_AFTER_SECONDS) });
  }

  private timedOut(): NotebookError {
    const seconds = this.options.timeLimitMs / 1000;
    const message = `The analysis took longer than ${seconds} s, the most one notebook may take. Split the notebook, or remove generated code from it.`;
    return new NotebookError("analysis_timeout", message, { limit: this.options.timeLimitMs });
  }

  private tooComplex(): NotebookError {
    const message = `The analysis needed more than ${this.options.heapMb} MiB of memory, the most one notebook may use. Split the notebook, or remove generated code from it.`;
    return new NotebookError("too_complex", message, { limit: this.options.heapMb });
  }
}

// One pool per server process, kept on globalThis so that reloading this module in
// development does not start more workers.
const holder = globalThis as unknown as { notebookPool?: { pool: NotebookPool; stamp: number } };

export function getNotebookPool(): NotebookPool {
  const stamp = process.env.NODE_ENV === "development" ? sourceStamp() : 0;
  if (holder.notebookPool?.stamp !== stamp) {
    // In development, workers have the analysis code as it was when they started.
    holder.notebookPool?.pool.close();
    holder.notebookPool = undefined;
  }
  holder.notebookPool ??= { pool: new NotebookPool(DEFAULT_POOL_OPTIONS), stamp };
  return holder.notebookPool.pool;
}

/** The server's pool if one was started (shutdown closes it; it is not started for that). */
export function runningNotebookPool(): NotebookPool | undefined {
  return holder.notebookPool?.pool;
}

/** Puts `pool` in place of the server's pool (tests with small limits); returns the one it replaced. */
export function replaceNotebookPool(pool: NotebookPool): NotebookPool | undefined {
  const previous = holder.notebookPool?.pool;
  holder.notebookPool = { pool, stamp: process.env.NODE_ENV === "development" ? sourceStamp() : 0 };
  return previous;
}

/** The newest modification time of the analysis code (lib/notebook, lib/pipeline). */
function sourceStamp(): number {
  let newest = 0;
  for (const folder of ["notebook", "pipeline"]) {
    const dir = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", folder);
    for (const name of readdirSync(dir))
      if (name.endsWith(".ts")) newest = Math.max(newest, statSync(path.join(dir, name)).mtimeMs);
  }
  return newest;
}
