import { LOW_CONFIDENCE_THRESHOLD } from "../../lib/notebook/confidence";
import type { ClassifiedCell } from "../../lib/notebook/classify-notebook";
import type { LabelledNotebook } from "./labelled-corpus";

// The figures eval-classifier.ts prints: per notebook, overall, the confusion table, the
// wrong cells, and how the confidence sorts right from wrong (above/below the threshold the
// import preview flags, and by confidence band).

export type Scored = {
  id: string;
  index: number;
  label: string;
  alt: string[];
  predicted: string;
  confidence: number;
  correct: boolean;
  firstLine: string;
  signals: string[];
};

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

/** Each labelled cell of a notebook against what the classifier said. */
export function score(nb: LabelledNotebook, predicted: readonly ClassifiedCell[]): Scored[] {
  return nb.labels.map((label) => {
    const cell = predicted[label.index];
    const category = cell?.category ?? "missing";
    const alt = label.alt ?? [];
    const source = nb.cells[label.index]?.source ?? "";
    return {
      id: nb.id,
      index: label.index,
      label: label.category,
      alt,
      predicted: category,
      confidence: cell?.confidence ?? 0,
      correct: category === label.category || alt.includes(category),
      firstLine:
        source
          .split("\n")
          .find((l) => l.trim() !== "")
          ?.trim() ?? "(empty)",
      signals: cell?.signals ?? [],
    };
  });
}

export function pct(n: number, of: number): string {
  return of === 0 ? "—" : `${((100 * n) / of).toFixed(1)}%`;
}

/** Notebooks scored together, e.g. one repository's held out at once (eval-classifier --loro). */
export type ReportGroup = { name: string; members: readonly { id: string }[] };

export function printReport(
  title: string,
  all: readonly Scored[],
  options: { wrong: boolean; signals: boolean; groups?: readonly ReportGroup[] },
) {
  const ids = [...new Set(all.map((s) => s.id))];
  const width = Math.max(8, ...ids.map((id) => id.length));
  console.log(`${title}\n`);
  console.log(`${"notebook".padEnd(width)}  cells  correct  accuracy`);
  for (const id of ids) {
    const mine = all.filter((s) => s.id === id);
    const ok = mine.filter((s) => s.correct).length;
    console.log(
      `${id.padEnd(width)}  ${String(mine.length).padStart(5)}  ${String(ok).padStart(7)}  ${pct(ok, mine.length).padStart(8)}`,
    );
  }
  const correct = all.filter((s) => s.correct).length;
  const byAlt = all.filter((s) => s.correct && s.predicted !== s.label).length;
  console.log(
    `${"overall".padEnd(width)}  ${String(all.length).padStart(5)}  ${String(correct).padStart(7)}  ${pct(correct, all.length).padStart(8)}`,
  );
  console.log(`(${byAlt} of the correct predictions matched an \`alt\` label rather than the primary one)\n`);
  if (options.groups) printGroups(options.groups, all);
  printConfusion(
    all,
    `Confusion (rows: label, columns: prediction; off the diagonal are also the ${byAlt} predictions accepted as an alt)`,
  );
  printConfidence(all);
  const wrong = all.filter((s) => !s.correct);
  if (options.wrong && wrong.length > 0) {
    console.log(`\nWrong cells (${wrong.length}):`);
    for (const w of wrong) {
      const alt = w.alt.length > 0 ? ` (alt ${w.alt.join(", ")})` : "";
      console.log(
        `  ${w.id} [${w.index}] label ${w.label}${alt} → predicted ${w.predicted} (${w.confidence.toFixed(2)}): ${w.firstLine.slice(0, 80)}`,
      );
      if (options.signals) for (const s of w.signals) console.log(`      ${s}`);
    }
  }
}

function printGroups(groups: readonly ReportGroup[], all: readonly Scored[]) {
  const width = Math.max(10, ...groups.map((g) => g.name.length));
  console.log(`${"repository".padEnd(width)}  notebooks  cells  correct  accuracy`);
  for (const group of groups) {
    const ids = new Set(group.members.map((m) => m.id));
    const mine = all.filter((s) => ids.has(s.id));
    const ok = mine.filter((s) => s.correct).length;
    console.log(
      `${group.name.padEnd(width)}  ${String(ids.size).padStart(9)}  ${String(mine.length).padStart(5)}  ${String(ok).padStart(7)}  ${pct(ok, mine.length).padStart(8)}`,
    );
  }
  console.log();
}

/** A table of row category × column category counts, in taxonomy order; the diagonal in brackets. */
export function printConfusion(all: readonly { label: string; predicted: string }[], caption: string) {
  const confusion = new Map<string, Map<string, number>>();
  for (const s of all) {
    const row = confusion.get(s.label) ?? new Map<string, number>();
    row.set(s.predicted, (row.get(s.predicted) ?? 0) + 1);
    confusion.set(s.label, row);
  }
  const predicted = new Set(all.map((s) => s.predicted));
  const cols = ORDER.filter((c) => predicted.has(c)).concat([...predicted].filter((p) => !ORDER.includes(p)));
  const w = 8;
  console.log(caption);
  console.log(`${"".padEnd(10)}${cols.map((c) => (SHORT[c] ?? c).padStart(w)).join("")}`);
  for (const label of ORDER.filter((c) => confusion.has(c))) {
    const row = confusion.get(label) ?? new Map<string, number>();
    const cells = cols.map((c) => {
      const n = row.get(c) ?? 0;
      return (n === 0 ? "·" : c === label ? `[${n}]` : String(n)).padStart(w);
    });
    console.log(`${(SHORT[label] ?? label).padEnd(10)}${cells.join("")}`);
  }
}

const BANDS = [0, 0.3, 0.5, 0.7, 0.9, 1.01];

function printConfidence(all: readonly Scored[]) {
  const below = all.filter((s) => s.confidence < LOW_CONFIDENCE_THRESHOLD);
  const above = all.filter((s) => s.confidence >= LOW_CONFIDENCE_THRESHOLD);
  const ok = (list: readonly Scored[]) => list.filter((s) => s.correct).length;
  const wrong = all.length - ok(all);
  console.log(`\nConfidence (threshold ${LOW_CONFIDENCE_THRESHOLD}, lib/notebook/confidence.ts):`);
  console.log(`  above: ${above.length} cells, ${pct(ok(above), above.length)} right`);
  console.log(
    `  below: ${below.length} cells (${pct(below.length, all.length)} flagged), ${pct(ok(below), below.length)} right; ` +
      `they hold ${below.length - ok(below)} of the ${wrong} wrong cells`,
  );
  const bands = BANDS.slice(0, -1).map((lo, i) => {
    const hi = BANDS[i + 1] ?? 1;
    const band = all.filter((s) => s.confidence >= lo && s.confidence < hi);
    const mean = band.reduce((n, s) => n + s.confidence, 0) / Math.max(1, band.length);
    return `[${lo.toFixed(1)}, ${Math.min(1, hi).toFixed(1)}${hi > 1 ? "]" : ")"}: ${band.length} cells, mean ${mean.toFixed(2)}, ${pct(ok(band), band.length)} right`;
  });
  console.log(`  by band: ${bands.join("; ")}`);
}
