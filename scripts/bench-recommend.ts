// `npm run bench:recommend [-- --no-record]`: the recommender benchmark. Prints figures and
// records them in BENCHMARKS.md under "Recommendations"; it asserts nothing.
//
// A 1,000-node, 1,500-edge pipeline (lib/pipeline/bench-graph.ts, the canvas benchmark's
// graph with no node automated, so every component is a gap, and a few lead priorities), the full catalog, a team of 8 with skills, a
// profile and an assessment. Median time of recommend() against JSON.parse of the same
// pipeline's JSON in the same run. Target: < 20 ms.

import os from "node:os";
import path from "node:path";
import { CATALOG } from "../lib/catalog/catalog";
import { benchGraph } from "../lib/pipeline/bench-graph";
import { PRIORITIES, type PipelineDiagram } from "../lib/pipeline/types";
import { recommend } from "../lib/recommend/recommend";
import type { RecommendInput, RecommendMember } from "../lib/recommend/types";
import { FAMILIARITIES, LANGUAGES } from "../lib/teams/profile";
import { recordBenchmark } from "./support/record-benchmark";
import { timings } from "./support/timings";

const NODES = 1000;
const EDGES = 1500;
const MEMBERS = 8;
const RUNS = 200;
const WARMUPS = 20;
const TARGET_MS = 20;
const RECORD = !process.argv.slice(2).includes("--no-record");

function input(): RecommendInput {
  const { nodes, edges } = benchGraph({ nodes: NODES, edges: EDGES });
  const diagram: PipelineDiagram = {
    version: 1,
    viewport: { x: 0, y: 0, zoom: 1 },
    // No node AUTOMATED, so every component is a gap: the worst case (22 gaps, each walking
    // downstream from its nodes), where the bench graph's round-robin automation would leave none.
    nodes: nodes.map((n, i) => ({
      ...n,
      automation: n.automation === "AUTOMATED" ? "MANUAL" : n.automation,
      priority: i % 7 === 0 ? (PRIORITIES[i % PRIORITIES.length] ?? null) : null,
    })),
    edges,
  };
  const members: RecommendMember[] = Array.from({ length: MEMBERS }, (_, m) => ({
    membershipId: `m${m}`,
    name: `Member ${m}`,
    openWorkload: m % 4,
    skills: {
      tools: CATALOG.filter((_, i) => i % MEMBERS === m || i % 11 === m).map((t, i) => ({
        slug: t.slug,
        familiarity: FAMILIARITIES[i % 2] ?? "some",
      })),
      languages: [LANGUAGES[m % LANGUAGES.length] ?? "python"],
      note: "",
    },
  }));
  return {
    diagram,
    assessment: {
      google: { level: 1 },
      dimensions: [
        { id: "serving", level: 1, confidence: 1 },
        { id: "monitoring", level: 0, confidence: 0.5 },
        { id: "code_quality", level: 2, confidence: 1 },
      ],
    },
    profile: { languages: ["python", "sql"], clouds: ["gcp"], preference: "open_source" },
    members,
    catalog: CATALOG,
  };
}

function main() {
  const data = input();
  const json = JSON.stringify(data.diagram);
  // Interleaved would be fairer on a busy machine, but each side is a few ms: medians of 200 suffice.
  const engine = timings(() => recommend(data), RUNS, WARMUPS);
  const baseline = timings(() => JSON.parse(json), RUNS, WARMUPS);
  const answer = recommend(data);
  const tools = answer.gaps.reduce((n, g) => n + g.tools.length, 0);
  const ratio = engine.median / baseline.median;
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const lines = [
    `### ${new Date().toISOString().slice(0, 10)} — ${cpu}, ${os.cpus().length} cores, Node ${process.version}`,
    "",
    `- Pipeline: ${NODES} nodes, ${EDGES} edges (${(json.length / 1024).toFixed(0)} kB of JSON); catalog of ${CATALOG.length} tools; ${MEMBERS} members; answer: ${answer.gaps.length} gaps, ${tools} tool picks.`,
    `- recommend(): median ${engine.median.toFixed(2)} ms, p95 ${engine.p95.toFixed(2)} ms over ${RUNS} runs (target < ${TARGET_MS} ms: ${engine.median < TARGET_MS ? "met" : "missed"}).`,
    `- Baseline, JSON.parse of the same pipeline: median ${baseline.median.toFixed(2)} ms, p95 ${baseline.p95.toFixed(2)} ms.`,
    `- Ratio recommend / JSON.parse: ${ratio.toFixed(2)}×.`,
    "",
  ];
  console.log(lines.join("\n"));
  if (RECORD) {
    const file = recordBenchmark("## Recommendations", SECTION_INTRO, lines);
    console.log(`recorded in ${path.relative(process.cwd(), file)}`);
  }
}

const SECTION_INTRO = `Run with \`npm run bench:recommend\` (scripts/bench-recommend.ts); \`--no-record\` prints only.

The canvas benchmark's generated pipeline (${NODES} nodes over the three lanes, ${EDGES} acyclic edges,
every seventh node with a lead priority, none automated so all 22 components are gaps: the worst case), the full catalog, a team of ${MEMBERS} members who know
about a fifth of the catalog each, a profile and an assessment. Median (and p95) of ${RUNS} runs of
\`recommend()\` after ${WARMUPS} warm-ups, against \`JSON.parse\` of the same pipeline's JSON in the same
run. Target: < ${TARGET_MS} ms.`;

main();
