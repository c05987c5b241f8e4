// `npm run bench:notebook [-- --corpus <folder>] [--no-record]`: the notebook analysis
// benchmark. Prints figures and records them in BENCHMARKS.md under "Notebook analysis";
// it asserts nothing.
//
// 1. Speed: a 500-code-cell notebook, assembled from the labelled corpus when it is there
//    (cells taken in order, outputs included, repeated until 500 code cells) or generated.
//    Median time of analyzeNotebook (decode + parse + classify + steps) against JSON.parse
//    of the same bytes (with the UTF-8 decode JSON.parse needs, and without), same run.
//    Targets: analyse ≤ 5 × JSON.parse and < 50 ms.
// 2. Memory: a notebook of just under 20 MB that is mostly outputs (base64 images). Heap
//    after a forced GC, before and after analysing it while holding the analysis: the
//    parser keeps no outputs, so what stays is about the size of the sources.

import os from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyzeNotebook } from "../lib/notebook/analyze";
import { MAX_NOTEBOOK_BYTES } from "../lib/notebook/limits";
import { assemble, corpusCells, generatedCells } from "./notebook-samples";
import { recordBenchmark } from "./support/record-benchmark";
import { timings } from "./support/timings";

const CODE_CELLS = 500;
const RUNS = 30;
const WARMUPS = 5;
const TARGETS = { ratio: 5, ms: 50 };

const args = process.argv.slice(2);
const RECORD = !args.includes("--no-record");
const corpusArg = args[args.indexOf("--corpus") + 1];
const repoRoot = path.resolve(import.meta.dirname, "..");
const corpus =
  args.includes("--corpus") && corpusArg ? path.resolve(corpusArg) : path.join(repoRoot, "..", "shared", "corpus");

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Mostly outputs: each code cell carries a ~200 kB base64 "image", up to just under the size limit. */
function outputHeavy(): Uint8Array {
  const image = "iVBORw0KGgo".padEnd(200_000, "A");
  const cell = (i: number) => ({
    cell_type: "code",
    metadata: {},
    execution_count: i,
    source: [`plt.plot(history[${i}])\n`, "plt.show()"],
    outputs: [{ output_type: "display_data", metadata: {}, data: { "image/png": image, "text/plain": ["<Figure>"] } }],
  });
  const cells: unknown[] = [];
  let size = 100;
  for (let i = 0; size + 200_200 < MAX_NOTEBOOK_BYTES - 1000; i++) {
    cells.push(cell(i));
    size += 200_200;
  }
  return new TextEncoder().encode(JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }));
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

function main() {
  const pool = corpusCells(corpus);
  const source = pool
    ? `the labelled corpus (${path.relative(repoRoot, corpus) || corpus})`
    : "generated cells (no corpus found)";
  const bytes = assemble(pool ?? generatedCells(), CODE_CELLS);
  const analyse = timings(() => analyzeNotebook(bytes, "bench.ipynb"), RUNS, WARMUPS).median;
  const parseOnly = timings(() => JSON.parse(new TextDecoder().decode(bytes)), RUNS, WARMUPS).median;
  const text = new TextDecoder().decode(bytes);
  const parseText = timings(() => JSON.parse(text), RUNS, WARMUPS).median;
  const ratio = analyse / parseOnly;

  const ratioText = analyse / parseText;

  const big = outputHeavy();
  const before = heap();
  const held = analyzeNotebook(big, "big.ipynb");
  const transient = process.memoryUsage().heapUsed; // before any GC: what the parse allocated
  const after = heap();
  const heldCells = held.cells.length; // uses `held` after the measurement, so it is alive during it

  const met = (ok: boolean) => (ok ? "met" : "missed");
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const lines = [
    `### ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, Node ${process.version}`,
    "",
    `- Notebook: ${CODE_CELLS} code cells from ${source}, ${mb(bytes.byteLength)}.`,
    `- analyzeNotebook (decode + parse + classify + steps): median ${analyse.toFixed(1)} ms over ${RUNS} runs (target < ${TARGETS.ms} ms: ${met(analyse < TARGETS.ms)}).`,
    `- Baseline, JSON.parse of the same bytes: ${parseOnly.toFixed(1)} ms including the UTF-8 decode, ${parseText.toFixed(1)} ms from an already decoded string.`,
    `- Ratio to JSON.parse with the decode: ${ratio.toFixed(2)}× (target ≤ ${TARGETS.ratio}×: ${met(ratio <= TARGETS.ratio)}); to JSON.parse from a string: ${ratioText.toFixed(2)}× (${met(ratioText <= TARGETS.ratio)} on that stricter reading).`,
    `- Memory: ${mb(big.byteLength)} notebook, mostly outputs (${heldCells} cells): heap ${mb(before)} before, ${mb(transient)} right after analysing (before GC), ${mb(after)} after GC while holding the analysis (Δ ${((after - before) / 1024).toFixed(0)} kB).`,
    "",
  ];
  console.log(lines.join("\n"));
  if (RECORD) record(lines);
}

const SECTION_INTRO = `Run with \`npm run bench:notebook\` (scripts/bench-notebook.ts); \`--no-record\` prints only,
\`--corpus <folder>\` takes cells from another labelled corpus.

- **Speed**: a 500-code-cell notebook assembled from the labelled corpus (cells in order, outputs
  included, repeated until 500 code cells; generated cells when the corpus is absent). Median of
  ${RUNS} runs of \`analyzeNotebook\` (decode, parse, classify, group steps) against \`JSON.parse\` of the
  same bytes in the same run, with and without the UTF-8 decode. Targets: < ${TARGETS.ms} ms and ≤ ${TARGETS.ratio}× the
  baseline.
- **Memory**: a notebook just under the 20 MB limit that is mostly outputs (base64 images). Heap
  after a forced GC before the analysis, right after it, and after a GC while the analysis is
  still held. The parser keeps no outputs, so what stays is about the size of the sources.`;

function record(block: string[]) {
  const file = recordBenchmark("## Notebook analysis", SECTION_INTRO, block);
  console.log(`recorded in ${path.relative(process.cwd(), file)}`);
}

main();
