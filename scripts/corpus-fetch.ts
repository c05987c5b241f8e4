// `npx tsx scripts/corpus-fetch.ts [--out <folder>] [--only <id>,<id>] [--check]`: re-obtains the
// notebooks of the labelled dev corpus (lib/notebook/corpus) from GitHub at the recorded
// repo/path/commit (raw.githubusercontent.com) and verifies every labelled cell's sha1.
//
// The committed copies are stripped of outputs; this brings back the upstream files (outputs
// included) for machines with GitHub access, and is the way to get a notebook whose licence
// keeps it out of the repository.
//
// --out X    write <X>/notebooks/<id>.ipynb (default: a fresh folder under the OS temp dir;
//            never the committed folder, so a stripped copy is not overwritten by accident)
// --only …   only these ids
// --check    download and verify, write nothing
// Exit code 1 when a download fails or a sha1 differs.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseNotebook } from "../lib/notebook/parse";
import { rawUrl, sourceSha1, ZCorpusLabels, type CorpusLabels } from "../lib/notebook/corpus/corpus-labels";

const corpus = path.resolve(import.meta.dirname, "..", "lib", "notebook", "corpus");
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const checkOnly = args.includes("--check");
const only = option("--only")?.split(",");

function allLabels(): CorpusLabels[] {
  return readdirSync(path.join(corpus, "labels"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ZCorpusLabels.parse(JSON.parse(readFileSync(path.join(corpus, "labels", f), "utf8"))))
    .filter((l) => !only || only.includes(l.id));
}

/** The labelled cells whose source no longer hashes to the recorded sha1 (empty when all match). */
function mismatches(labels: CorpusLabels, bytes: Uint8Array): number[] {
  const cells = parseNotebook(bytes, `${labels.id}.ipynb`).cells;
  return labels.cells.filter((l) => sourceSha1(cells[l.index]?.source ?? "") !== l.sha1).map((l) => l.index);
}

async function main(): Promise<number> {
  const out = checkOnly ? null : path.resolve(option("--out") ?? mkdtempSync(path.join(os.tmpdir(), "corpus-")));
  if (out) mkdirSync(path.join(out, "notebooks"), { recursive: true });
  let failures = 0;
  for (const labels of allLabels()) {
    const url = rawUrl(labels.source);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const bad = mismatches(labels, bytes);
      if (bad.length > 0) {
        failures++;
        console.error(`${labels.id}: sha1 differs for cells ${bad.join(", ")} (${url})`);
        continue;
      }
      if (out) writeFileSync(path.join(out, "notebooks", `${labels.id}.ipynb`), bytes);
      console.log(`${labels.id}: ${labels.cells.length} cells verified`);
    } catch (error) {
      failures++;
      console.error(`${labels.id}: cannot fetch ${url}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (out) console.log(`\nwritten to ${out}/notebooks (copy lib/notebook/corpus/labels next to it to evaluate)`);
  return failures === 0 ? 0 : 1;
}

void main().then((code) => {
  process.exitCode = code;
});
