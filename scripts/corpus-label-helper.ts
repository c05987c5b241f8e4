// `npx tsx scripts/corpus-label-helper.ts <notebook.ipynb> [--lines N] [--labels <labels.json>] [--no-guess]`:
// prints a notebook the way it is labelled — each code cell with its index, sha1, the current
// classifier's guess and its first N source lines (default 30), markdown headings for context —
// and, with --labels, the recorded label next to the guess so disagreements stand out.
// --no-guess leaves the classifier out entirely (it is not even run), for labelling a held-out
// notebook from its source alone before any guess can be seen.
// It only reads; labels are written by hand (lib/notebook/corpus/README.md says how).

import { readFileSync } from "node:fs";
import { analyzeNotebook } from "../lib/notebook/analyze";
import { sourceSha1, ZCorpusLabels } from "../lib/notebook/corpus/corpus-labels";
import { isFrozen } from "./support/labelled-corpus";
import { parseNotebook } from "../lib/notebook/parse";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = args.find((a, i) => !a.startsWith("--") && !["--lines", "--labels"].includes(args[i - 1] ?? ""));
if (!file) {
  console.error(
    "usage: npx tsx scripts/corpus-label-helper.ts <notebook.ipynb> [--lines N] [--labels <labels.json>] [--no-guess]",
  );
  process.exit(2);
}
const maxLines = Number(option("--lines") ?? 30);
const labelsFile = option("--labels");
const labels = labelsFile
  ? new Map(ZCorpusLabels.parse(JSON.parse(readFileSync(labelsFile, "utf8"))).cells.map((c) => [c.index, c] as const))
  : null;

const bytes = readFileSync(file);
const cells = parseNotebook(bytes, file).cells;
// A frozen held-out notebook's guesses are never shown (lib/notebook/corpus/frozen/FROZEN.md).
const frozen = isFrozen(file);
if (frozen && !args.includes("--no-guess"))
  console.error("note: a frozen held-out notebook: the classifier's guesses are not shown (as --no-guess).");
const guesses =
  args.includes("--no-guess") || frozen ? null : new Map(analyzeNotebook(bytes, file).cells.map((c) => [c.index, c]));
for (const cell of cells) {
  if (cell.type !== "code") {
    const headings = cell.source.split("\n").filter((l) => l.startsWith("#"));
    if (headings.length > 0) console.log(`  ## [${cell.index}] ${headings.slice(0, 2).join(" | ").slice(0, 120)}`);
    continue;
  }
  const guess = guesses?.get(cell.index);
  const label = labels?.get(cell.index);
  const accepted = label && guess && [label.category, ...(label.alt ?? [])].some((c) => c === guess.category);
  const labelText = label ? ` label ${label.category}${label.alt ? ` (alt ${label.alt.join(",")})` : ""}` : "";
  const mark = label && guesses ? (accepted ? " ✓" : " ✗") : "";
  const guessText = guesses ? ` guess ${guess?.category ?? "?"} (${(guess?.confidence ?? 0).toFixed(2)})` : "";
  const lines = cell.source.split("\n");
  console.log(`--- [${cell.index}] ${sourceSha1(cell.source).slice(0, 10)}${guessText}${labelText}${mark}`);
  for (const line of lines.slice(0, maxLines)) console.log(`   ${line.slice(0, 150)}`);
  if (lines.length > maxLines) console.log(`   … (+${lines.length - maxLines} lines)`);
}
