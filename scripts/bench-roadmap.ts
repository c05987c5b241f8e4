// `npm run bench:roadmap [-- --no-record --pure-only --skip-build --duration S --rounds N]`: the roadmap benchmark. Prints figures and records
// them in BENCHMARKS.md under "Roadmap export"; it asserts nothing.
//
// Part 1 (here): renderRoadmapMarkdown on a generated 200-item roadmap with a 300-node,
// 450-edge pipeline (lib/roadmap/bench-data.ts), median and p95 of many runs, against
// JSON.stringify of the same input in the same run. Target: < 20 ms.
// Part 2 (scripts/bench-roadmap/http.ts): GET …/roadmap.md of the production build over HTTP
// with autocannon (50 connections), against a bare route of the same server answering the
// same bytes. Each section returns its lines; all of one run are recorded as one block.

import os from "node:os";
import path from "node:path";
import { benchRoadmap } from "../lib/roadmap/bench-data";
import { renderRoadmapMarkdown } from "../lib/roadmap/markdown";
import { httpSection } from "./bench-roadmap/http";
import { recordBenchmark } from "./support/record-benchmark";
import { timings } from "./support/timings";

const ITEMS = 200;
const NODES = 300;
// Mermaid draws at most 500 edges by default (flowchart maxEdges): stay a real-world size under it.
const EDGES = 450;
const RUNS = 300;
const WARMUPS = 30;
const TARGET_MS = 20;
const RECORD = !process.argv.slice(2).includes("--no-record");

type Section = { name: string; run: () => Promise<string[]> | string[] };

function markdownSection(): string[] {
  const input = benchRoadmap({ items: ITEMS, nodes: NODES, edges: EDGES });
  const markdown = renderRoadmapMarkdown(input);
  const render = timings(() => renderRoadmapMarkdown(input), RUNS, WARMUPS);
  const baseline = timings(() => JSON.stringify(input), RUNS, WARMUPS);
  return [
    `- Roadmap: ${ITEMS} items, pipeline of ${NODES} nodes and ${EDGES} edges; Markdown of ${(markdown.length / 1024).toFixed(0)} kB (input as JSON: ${(JSON.stringify(input).length / 1024).toFixed(0)} kB).`,
    `- renderRoadmapMarkdown(): median ${render.median.toFixed(2)} ms, p95 ${render.p95.toFixed(2)} ms over ${RUNS} runs (target < ${TARGET_MS} ms: ${render.median < TARGET_MS ? "met" : "missed"}).`,
    `- Baseline, JSON.stringify of the same input: median ${baseline.median.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms.`,
    `- Ratio render / JSON.stringify: ${(render.median / baseline.median).toFixed(2)}×.`,
  ];
}

const ARGS = process.argv.slice(2);
const SECTIONS: Section[] = [
  { name: "Markdown export (pure)", run: markdownSection },
  // Part 2 (scripts/bench-roadmap/http.ts): builds and starts the app; --pure-only skips it.
  ...(ARGS.includes("--pure-only") ? [] : [{ name: "GET roadmap.md over HTTP", run: () => httpSection(ARGS) }]),
];

async function main() {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const stamp = new Date().toISOString().slice(0, 16).replace("T", " ");
  const lines = [`### ${stamp} UTC — ${cpu}, ${os.cpus().length} cores, Node ${process.version}`, ""];
  for (const section of SECTIONS) lines.push(`#### ${section.name}`, "", ...(await section.run()), "");
  console.log(lines.join("\n"));
  if (RECORD) {
    const file = recordBenchmark("## Roadmap export", SECTION_INTRO, lines);
    console.log(`recorded in ${path.relative(process.cwd(), file)}`);
  }
}

const SECTION_INTRO = `Run with \`npm run bench:roadmap\` (scripts/bench-roadmap.ts); \`--no-record\` prints only.

A generated roadmap (lib/roadmap/bench-data.ts): ${ITEMS} items over the three stages with owners, priorities,
tools and reasons, every fifth title with characters to escape, and the canvas benchmark's pipeline cut to
${NODES} nodes and ${EDGES} edges. Median (and p95) of ${RUNS} runs of \`renderRoadmapMarkdown()\` after ${WARMUPS}
warm-ups, against \`JSON.stringify\` of the same input in the same run. Target: < ${TARGET_MS} ms.`;

await main();
