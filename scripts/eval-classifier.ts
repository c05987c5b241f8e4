// `npm run eval:classifier [folder] [--no-wrong] [--signals] [--min 0.9]`: measures the
// notebook cell classifier on a labelled corpus (default ../shared/corpus from the repo
// root): labels/<id>.json next to notebooks/<id>.ipynb, as described in its README.
// A prediction is correct when it is the label's `category` or one of its `alt`s.
//
// --no-wrong  hide the list of wrongly classified cells
// --signals   show each wrong cell's signals (why the classifier decided so)
// --min X     exit 1 when overall accuracy is below X (0–1)

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { analyzeNotebook } from "../lib/notebook/analyze";
import type { TCellAnalysis } from "../lib/validation/notebooks";
import { parseNotebook } from "../lib/notebook/parse";

const ZLabels = z.object({
  id: z.string(),
  cells: z.array(
    z.object({ index: z.number().int(), sha1: z.string(), category: z.string(), alt: z.array(z.string()).optional() }),
  ),
});

const SHORT: Record<string, string> = {
  setup: "setup",
  data_ingestion: "ingest",
  data_exploration: "explore",
  data_preparation: "prep",
  feature_engineering: "feat",
  model_training: "train",
  hyperparameter_tuning: "tune",
  model_evaluation: "eval",
  model_export: "export",
  serving: "serve",
  testing: "test",
  deployment: "deploy",
  monitoring: "monitor",
  other: "other",
  documentation: "doc",
};
const ORDER = Object.keys(SHORT);

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--min");
const repoRoot = path.resolve(import.meta.dirname, "..");
const folder = path.resolve(positional[0] ?? path.join(repoRoot, "..", "shared", "corpus"));
const minAccuracy = option("--min") === undefined ? null : Number(option("--min"));

type Wrong = {
  id: string;
  index: number;
  label: string;
  alt: string[];
  predicted: string;
  firstLine: string;
  signals: string[];
};

function main(): number {
  const labelsDir = path.join(folder, "labels");
  const notebooksDir = path.join(folder, "notebooks");
  if (!existsSync(labelsDir) || !existsSync(notebooksDir)) {
    console.error(`eval-classifier: no labelled corpus at ${folder} (expected labels/ and notebooks/ folders).`);
    console.error("Pass the corpus folder: npm run eval:classifier -- <folder>");
    return 2;
  }
  const files = readdirSync(labelsDir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) {
    console.error(`eval-classifier: ${labelsDir} has no label files.`);
    return 2;
  }
  const confusion = new Map<string, Map<string, number>>();
  const wrong: Wrong[] = [];
  const rows: [string, number, number][] = [];
  let byAlt = 0;
  for (const file of files) {
    const labels = ZLabels.parse(JSON.parse(readFileSync(path.join(labelsDir, file), "utf8")));
    const notebookPath = path.join(notebooksDir, `${labels.id}.ipynb`);
    if (!existsSync(notebookPath)) {
      console.error(`eval-classifier: ${notebookPath} is missing.`);
      return 2;
    }
    const bytes = readFileSync(notebookPath);
    const sources = parseNotebook(bytes, notebookPath).cells;
    const cells = new Map<number, TCellAnalysis>(analyzeNotebook(bytes, notebookPath).cells.map((c) => [c.index, c]));
    let correct = 0;
    for (const label of labels.cells) {
      const source = sources[label.index]?.source ?? "";
      const sha1 = createHash("sha1").update(source, "utf8").digest("hex");
      if (sha1 !== label.sha1)
        console.warn(
          `warning: ${labels.id} cell ${label.index}: sha1 differs from the label (${sha1} ≠ ${label.sha1})`,
        );
      const predicted = cells.get(label.index)?.category ?? "missing";
      const alt = label.alt ?? [];
      const row = confusion.get(label.category) ?? new Map<string, number>();
      row.set(predicted, (row.get(predicted) ?? 0) + 1);
      confusion.set(label.category, row);
      if (predicted === label.category || alt.includes(predicted)) {
        correct++;
        if (predicted !== label.category) byAlt++;
      } else {
        const firstLine =
          source
            .split("\n")
            .find((l) => l.trim() !== "")
            ?.trim() ?? "(empty)";
        wrong.push({
          id: labels.id,
          index: label.index,
          label: label.category,
          alt,
          predicted,
          firstLine,
          signals: cells.get(label.index)?.signals ?? [],
        });
      }
    }
    rows.push([labels.id, labels.cells.length, correct]);
  }

  const total = rows.reduce((n, r) => n + r[1], 0);
  const correct = rows.reduce((n, r) => n + r[2], 0);
  const width = Math.max(8, ...rows.map((r) => r[0].length));
  console.log(`Notebook cell classifier — ${folder}\n`);
  console.log(`${"notebook".padEnd(width)}  cells  correct  accuracy`);
  for (const [id, n, ok] of rows)
    console.log(`${id.padEnd(width)}  ${String(n).padStart(5)}  ${String(ok).padStart(7)}  ${pct(ok, n).padStart(8)}`);
  console.log(
    `${"overall".padEnd(width)}  ${String(total).padStart(5)}  ${String(correct).padStart(7)}  ${pct(correct, total).padStart(8)}`,
  );
  console.log(`(${byAlt} of the correct predictions matched an \`alt\` label rather than the primary one)\n`);
  printConfusion(confusion, byAlt);
  if (!flag("--no-wrong") && wrong.length > 0) {
    console.log(`\nWrong cells (${wrong.length}):`);
    for (const w of wrong) {
      const alt = w.alt.length > 0 ? ` (alt ${w.alt.join(", ")})` : "";
      console.log(
        `  ${w.id} [${w.index}] label ${w.label}${alt} → predicted ${w.predicted}: ${w.firstLine.slice(0, 80)}`,
      );
      if (flag("--signals")) for (const s of w.signals) console.log(`      ${s}`);
    }
  }
  if (minAccuracy !== null && correct / total < minAccuracy) {
    console.error(`\naccuracy ${pct(correct, total)} is below --min ${(minAccuracy * 100).toFixed(1)}%`);
    return 1;
  }
  return 0;
}

function pct(n: number, of: number): string {
  return of === 0 ? "—" : `${((100 * n) / of).toFixed(1)}%`;
}

function printConfusion(confusion: Map<string, Map<string, number>>, byAlt: number) {
  const predicted = new Set<string>();
  for (const row of confusion.values()) for (const p of row.keys()) predicted.add(p);
  const cols = ORDER.filter((c) => predicted.has(c)).concat([...predicted].filter((p) => !ORDER.includes(p)));
  const rowsOrder = ORDER.filter((c) => confusion.has(c));
  const w = 8;
  console.log(
    `Confusion (rows: label, columns: prediction; off the diagonal are also the ${byAlt} predictions accepted as an alt)`,
  );
  console.log(`${"".padEnd(10)}${cols.map((c) => (SHORT[c] ?? c).padStart(w)).join("")}`);
  for (const label of rowsOrder) {
    const row = confusion.get(label) ?? new Map<string, number>();
    const cells = cols.map((c) => {
      const n = row.get(c) ?? 0;
      return (n === 0 ? "·" : c === label ? `[${n}]` : String(n)).padStart(w);
    });
    console.log(`${(SHORT[label] ?? label).padEnd(10)}${cells.join("")}`);
  }
}

process.exitCode = main();
