// The canvas benchmark's figures: medians and percentiles of the runs, the printed summary
// and the block recorded in BENCHMARKS.md.

import os from "node:os";
import path from "node:path";
import { recordBenchmark } from "../support/record-benchmark";
import { PAN_AMPLITUDE, type CanvasRun } from "./browser";
import { log } from "./cleanup";
import { COLUMN_STEP, EDGES, NODES, RECORD, ROWS, RUNS, VIEWPORT } from "./config";
import { SAVE_EDGES, SAVE_NODES, SAVE_WARMUPS, SAVES } from "./saves";

const TARGETS = { openRatio: 1.3, panFps: 50, saveP95Ms: 100 };

/** What a benchmark run measured, and the setting it ran in. */
export type Measured = {
  date: Date;
  /** The 1-minute load average when the run started. */
  loadBefore: number;
  chromiumVersion: string;
  databaseLabel: string;
  graph: { width: number; height: number };
  canvas: { width: number; height: number };
  results: { editor: CanvasRun[]; bare: CanvasRun[] };
  /** The saves over HTTP, and the size of a body. */
  saves: { timings: number[]; bodyBytes: number };
  /** The same saves in-process. */
  inProcess: number[];
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function spread(timings: number[]) {
  return {
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    max: Math.max(...timings),
    mean: timings.reduce((a, b) => a + b, 0) / timings.length,
  };
}

export const fmt = (n: number, digits = 0) => n.toFixed(digits);
const verdict = (met: boolean) => (met ? "met" : "MISSED");

/** Prints the figures and, unless --no-record, records them in BENCHMARKS.md. */
export function report({
  date,
  loadBefore,
  chromiumVersion,
  databaseLabel,
  graph,
  canvas,
  results,
  saves,
  inProcess,
}: Measured) {
  const summary = (which: "editor" | "bare") => ({
    openMs: median(results[which].map((r) => r.open.allRenderedMs)),
    fps: median(results[which].map((r) => r.pan.fps)),
    updates: median(results[which].map((r) => r.pan.updatesPerSecond)),
    maxFrameMs: median(results[which].map((r) => r.pan.maxFrameMs)),
    nodesAfterSettle: Math.min(...results[which].map((r) => r.open.nodesAfterSettle)),
    zoom: median(results[which].map((r) => r.open.viewport.zoom)),
  });
  const editor = summary("editor");
  const bare = summary("bare");
  const openRatio = editor.openMs / bare.openMs;
  const fpsRatio = editor.fps / bare.fps;
  const save = spread(saves.timings);
  const bodyBytes = saves.bodyBytes;

  const machine = {
    cpu: os.cpus()[0]?.model.trim() ?? "?",
    cores: os.cpus().length,
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    chromium: chromiumVersion,
    os: `${os.type()} ${os.release()}`,
  };
  const load = `load average (1 min) ${fmt(loadBefore, 2)} at start, ${fmt(os.loadavg()[0]!, 2)} at end`;
  const inProcessSave = spread(inProcess);
  const lines = [
    `Pipeline canvas — ${date.toISOString()}`,
    `machine: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memoryGb, 1)} GB RAM, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless, --disable-gpu); ${load}`,
    `graph: ${NODES} nodes, ${EDGES} edges (${ROWS} rows per lane, columns ${COLUMN_STEP} px apart: ${fmt(graph.width)}×${fmt(graph.height)} flow px); viewport ${VIEWPORT.width}×${VIEWPORT.height}, canvas ${canvas.width}×${canvas.height} px; ${RUNS} runs each, alternating, after one warm-up each`,
    `open (navigation start → all ${NODES} nodes shown and painted), median: editor ${fmt(editor.openMs)} ms, bare ${fmt(bare.openMs)} ms, ratio ${fmt(openRatio, 2)}× (target ≤ ${TARGETS.openRatio}×: ${verdict(openRatio <= TARGETS.openRatio)})`,
    `nodes in the DOM after fit: editor ${editor.nodesAfterSettle} (zoom ${fmt(editor.zoom, 4)}), bare ${bare.nodesAfterSettle} (zoom ${fmt(bare.zoom, 4)})`,
    `pan (3 s mouse drag, ±${PAN_AMPLITUDE} px), median: editor ${fmt(editor.fps, 1)} fps, ${fmt(editor.updates, 1)} viewport updates/s (longest frame ${fmt(editor.maxFrameMs)} ms), bare ${fmt(bare.fps, 1)} fps, ${fmt(bare.updates, 1)} viewport updates/s (longest frame ${fmt(bare.maxFrameMs)} ms), ratio ${fmt(fpsRatio, 2)}× (target editor ≥ ${TARGETS.panFps} fps: ${verdict(editor.fps >= TARGETS.panFps)})`,
    `save (PUT, ${SAVE_NODES} nodes / ${SAVE_EDGES} edges, ${fmt(bodyBytes / 1024)} KB body, ${SAVES} saves over HTTP after ${SAVE_WARMUPS} warm-ups) on ${databaseLabel}: p50 ${fmt(save.p50, 1)} ms, p95 ${fmt(save.p95, 1)} ms, max ${fmt(save.max, 1)} ms, mean ${fmt(save.mean, 1)} ms (target p95 < ${TARGETS.saveP95Ms} ms: ${verdict(save.p95 < TARGETS.saveP95Ms)})`,
    `save in-process (savePipeline called directly, same saves, same database): p50 ${fmt(inProcessSave.p50, 1)} ms, p95 ${fmt(inProcessSave.p95, 1)} ms, max ${fmt(inProcessSave.max, 1)} ms, mean ${fmt(inProcessSave.mean, 1)} ms`,
  ];
  console.log(`\n${lines.join("\n")}\n`);

  if (RECORD) {
    const perRun = (which: "editor" | "bare") =>
      results[which]
        .map(
          (r) =>
            `${fmt(r.open.allRenderedMs)} ms / ${fmt(r.pan.fps, 1)} fps (${fmt(r.pan.updatesPerSecond, 1)} updates/s)`,
        )
        .join(", ");
    record([
      `### ${date.toISOString().slice(0, 10)} (${date.toISOString().slice(11, 16)} UTC)`,
      "",
      `Machine: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memoryGb, 1)} GB RAM, ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium} (headless, \`--disable-gpu\`); ${load}. Database: ${databaseLabel}.`,
      "",
      "| Measure | Editor | Bare React Flow | Ratio | Target | Result |",
      "| --- | --- | --- | --- | --- | --- |",
      `| Open: navigation → all ${NODES} nodes shown and painted (median of ${RUNS}) | ${fmt(editor.openMs)} ms | ${fmt(bare.openMs)} ms | ${fmt(openRatio, 2)}× | ≤ ${TARGETS.openRatio}× bare | ${verdict(openRatio <= TARGETS.openRatio)} |`,
      `| Pan: 3 s mouse drag (median of ${RUNS}) | ${fmt(editor.fps, 1)} fps (${fmt(editor.updates, 1)} viewport updates/s) | ${fmt(bare.fps, 1)} fps (${fmt(bare.updates, 1)} viewport updates/s) | ${fmt(fpsRatio, 2)}× | ≥ ${TARGETS.panFps} fps | ${verdict(editor.fps >= TARGETS.panFps)} |`,
      `| Save: PUT of ${SAVE_NODES} nodes / ${SAVE_EDGES} edges, ${SAVES} saves | p50 ${fmt(save.p50, 1)} ms, p95 ${fmt(save.p95, 1)} ms, max ${fmt(save.max, 1)} ms | — | — | p95 < ${TARGETS.saveP95Ms} ms | ${verdict(save.p95 < TARGETS.saveP95Ms)} |`,
      `| Save in-process (savePipeline, no HTTP), same saves | p50 ${fmt(inProcessSave.p50, 1)} ms, p95 ${fmt(inProcessSave.p95, 1)} ms, max ${fmt(inProcessSave.max, 1)} ms | — | — | (for reference) | — |`,
      "",
      `Per run (open / pan): editor ${perRun("editor")}; bare ${perRun("bare")}. Graph: ${ROWS} rows per lane, columns ${COLUMN_STEP} px apart (${fmt(graph.width)}×${fmt(graph.height)} flow px). Canvas ${canvas.width}×${canvas.height} px at ${VIEWPORT.width}×${VIEWPORT.height}; zoom: editor ${fmt(editor.zoom, 4)} (after its fit), bare ${fmt(bare.zoom, 4)} (opened at the editor's viewport); nodes in the DOM after fit: editor ${editor.nodesAfterSettle}, bare ${bare.nodesAfterSettle}. Longest pan frame (median): editor ${fmt(editor.maxFrameMs)} ms, bare ${fmt(bare.maxFrameMs)} ms.`,
      "",
    ]);
  }
}

function record(block: string[]) {
  const file = recordBenchmark(
    "## Pipeline canvas",
    "Run with `npm run bench:canvas` (scripts/bench-canvas.ts).",
    block,
  );
  log(`recorded in ${path.relative(process.cwd(), file)}`);
}
