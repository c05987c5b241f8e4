// `npx tsx scripts/label-agreement.ts <reference labels folder> <other labels folder> [--no-list]`:
// how often two labellers agree on the code cells of the notebooks both folders label, e.g.
// shared/corpus's authority against our blind labels of the same notebooks:
//   npx tsx scripts/label-agreement.ts ../shared/corpus/labels lib/notebook/corpus/agreement
// Per notebook and overall: exact (same primary), lenient (the other's primary is the
// reference's primary or an alt — eval-classifier's "correct"), either way (either primary in
// the other's primary + alts), identical (same primary, same alts) and Cohen's kappa on the primaries; then the confusion table
// (rows: reference, columns: other) and, unless --no-list, every cell whose primaries differ.

import path from "node:path";
import { pct, printConfusion } from "./support/classifier-report";
import { agreement, pairLabels, type Agreement, type CellLabel } from "./support/label-agreement";
import { readLabelFolder } from "./support/labelled-corpus";

const args = process.argv.slice(2);
const [referenceDir, otherDir] = args.filter((a) => !a.startsWith("--"));
if (!referenceDir || !otherDir) {
  console.error(
    "usage: npx tsx scripts/label-agreement.ts <reference labels folder> <other labels folder> [--no-list]",
  );
  process.exit(2);
}

const { pairs, problems } = pairLabels(readLabelFolder(referenceDir), readLabelFolder(otherDir));
if (pairs.length === 0) {
  console.error("label-agreement: the two folders have no labelled cell in common.");
  process.exit(2);
}
for (const p of problems) console.warn(`warning: ${p} (not counted)`);

const ids = [...new Set(pairs.map((p) => p.id))];
const width = Math.max(8, ...ids.map((id) => id.length));
const row = (name: string, a: Agreement) =>
  `${name.padEnd(width)}  ${String(a.cells).padStart(5)}  ${`${a.exact} ${pct(a.exact, a.cells)}`.padStart(11)}` +
  `  ${`${a.lenient} ${pct(a.lenient, a.cells)}`.padStart(11)}  ${`${a.eitherWay} ${pct(a.eitherWay, a.cells)}`.padStart(11)}` +
  `  ${`${a.identical} ${pct(a.identical, a.cells)}`.padStart(11)}  ${a.kappa.toFixed(3).padStart(6)}`;

console.log(`Label agreement — reference ${path.resolve(referenceDir)}, other ${path.resolve(otherDir)}\n`);
console.log(`${"notebook".padEnd(width)}  cells        exact      lenient   either way    identical   kappa`);
for (const id of ids) console.log(row(id, agreement(pairs.filter((p) => p.id === id))));
console.log(row("overall", agreement(pairs)));
console.log(
  "(lenient: the other's primary is the reference's primary or one of its alts; either way: also when the\n" +
    " reference's primary is one of the other's alts; identical: same primary and same alts; kappa: Cohen's,\n" +
    " on the primaries)\n",
);

printConfusion(
  pairs.map((p) => ({ label: p.reference.category, predicted: p.other.category })),
  "Confusion (rows: reference primary, columns: other primary; the diagonal in brackets is exact agreement)",
);

const show = (c: CellLabel) => `${c.category}${c.alt ? ` (alt ${c.alt.join(", ")})` : ""}`;
const differing = pairs.filter((p) => p.reference.category !== p.other.category);
if (!args.includes("--no-list") && differing.length > 0) {
  console.log(`\nCells whose primaries differ (${differing.length}; ✓ lenient, ~ either way only, ✗ neither):`);
  for (const p of differing) {
    const lenient = [p.reference.category, ...(p.reference.alt ?? [])].includes(p.other.category);
    const either = lenient || (p.other.alt ?? []).includes(p.reference.category);
    console.log(
      `  ${lenient ? "✓" : either ? "~" : "✗"} ${p.id} [${p.index}] reference ${show(p.reference)} · other ${show(p.other)}`,
    );
  }
}
