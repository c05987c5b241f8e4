// `tsx scripts/snapshot-analysis.ts [--corpus <folder>] > out.json`: everything the notebook
// analysis hands on, for every notebook at hand, as one JSON document. A safety net for
// changes that must not change any output (speed work): take it before, take it after, diff.
//
// Per notebook: the API's answer with the preview (cells with category, confidence, signals,
// section; the medium steps; the fine steps; each code cell's flow), the steps at every
// granularity with the import's links and data nodes, the rules' answer alone with the
// features the learned layer reads, and each markdown cell's headings. Key order is kept as
// the code makes it (the API sends JSON.stringify's bytes), Maps become entry lists in their
// own order. A file the analysis refuses is recorded with its error code.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeWithPreview } from "../lib/notebook/analysis-job";
import { classifyByRules } from "../lib/notebook/classify-notebook";
import { isNotebookError } from "../lib/notebook/errors";
import { markdownHeadings } from "../lib/notebook/headings";
import { parseNotebook } from "../lib/notebook/parse";
import { importFlow, toImportSteps } from "../lib/notebook/preview-edits";
import type { StepCategoryId } from "../lib/notebook/taxonomy";
import { GRANULARITIES, workflowSteps } from "../lib/notebook/workflow-steps";
import { assemble, corpusCells, generatedCells } from "./notebook-samples";

const repoRoot = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const corpusArg = args[args.indexOf("--corpus") + 1];
const corpus =
  args.includes("--corpus") && corpusArg ? path.resolve(corpusArg) : path.join(repoRoot, "..", "shared", "corpus");

/** The notebooks of a folder, named `<label>/<file>` (the same names from any checkout). */
const notebookFiles = (label: string, dir: string): [string, Uint8Array][] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".ipynb") || f.endsWith(".py"))
    .sort()
    .map((f) => [`${label}/${f}`, readFileSync(path.join(dir, f))]);

function inputs(): [string, Uint8Array][] {
  const out = [
    ...notebookFiles("shared-corpus", path.join(corpus, "notebooks")),
    ...notebookFiles("corpus", path.join(repoRoot, "lib/notebook/corpus/notebooks")),
    ...notebookFiles("fixtures", path.join(repoRoot, "lib/notebook/fixtures")),
  ];
  // The benchmark's notebook (scripts/bench-notebook.ts), and the generated one it falls back to.
  const pool = corpusCells(corpus);
  if (pool) out.push(["bench-500 (corpus)", assemble(pool, 500)]);
  out.push(["bench-500 (generated)", assemble(generatedCells(), 500)]);
  return out;
}

const plain = (_key: string, value: unknown) => {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
};

function snapshot(name: string, bytes: Uint8Array): unknown {
  const filename = path.basename(name).includes(".") ? path.basename(name) : "bench.ipynb";
  let analysis;
  try {
    analysis = analyzeWithPreview({ bytes, filename, withPreview: true });
  } catch (error) {
    if (isNotebookError(error)) return { error: error.code, details: error.details };
    throw error;
  }
  const parsed = parseNotebook(bytes, filename);
  const categories = new Map<number, StepCategoryId>();
  for (const cell of analysis.cells)
    if (cell.type === "code" && cell.category !== "documentation") categories.set(cell.index, cell.category);
  const sections = new Map(analysis.cells.map((c) => [c.index, c.section]));
  const cells = new Map([...categories].map(([i, category]) => [i, { category, section: sections.get(i) ?? null }]));
  const flows = new Map((analysis.preview ?? []).flatMap((p) => (p.flow ? [[p.index, p.flow] as const] : [])));
  const tagged = parsed.cells.some((c) => c.stepName !== null);
  const fine = (analysis.fineSteps ?? analysis.steps).map((s) => ({ title: s.title, cellIndexes: s.cellIndexes }));
  const granularities = GRANULARITIES.map((granularity) => {
    const steps = workflowSteps(fine, cells, granularity, { tagged });
    return { granularity, steps, imported: toImportSteps(steps, categories), flow: importFlow(steps, flows) };
  });
  const rules = classifyByRules(parsed.cells, { script: parsed.format === "py" });
  const headings = parsed.cells.map((c) => (c.type === "markdown" ? markdownHeadings(c.source) : null));
  return { analysis, granularities, rules, headings };
}

const result: Record<string, unknown> = {};
for (const [name, bytes] of inputs()) result[name] = snapshot(name, bytes);
process.stdout.write(JSON.stringify(result, plain, 1) + "\n");
