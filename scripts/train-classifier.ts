// `npm run train:classifier [folder…] [--out file]`: trains the notebook classifier's learned
// layer (lib/notebook/learned-train.ts) on labelled notebooks and writes its weights
// (default lib/notebook/model/weights.json). Without folders it uses every labelled corpus
// on this machine: lib/notebook/corpus (in the repo) and ../shared/corpus (next to the repo,
// when present). Deterministic: the same labels and notebooks give the same file, so the
// shipped weights are reproduced by running this script with the same corpora
// (lib/notebook/corpus/EVALUATION.md says which).

import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../lib/notebook/learned-train";
import { examplesOf, hasCorpus, loadCorpus, REPO_CORPUS, repoRoot, SHARED_CORPUS } from "./support/labelled-corpus";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = path.resolve(
  outIndex >= 0 ? (args[outIndex + 1] ?? "") : path.join(repoRoot, "lib/notebook/model/weights.json"),
);
const given = args.filter((a, i) => !a.startsWith("--") && (outIndex < 0 || i !== outIndex + 1));
const folders = given.length > 0 ? given.map((f) => path.resolve(f)) : [REPO_CORPUS, SHARED_CORPUS].filter(hasCorpus);

const notebooks = folders.flatMap((f) => loadCorpus(f));
if (notebooks.length === 0) {
  console.error("train-classifier: no labelled notebooks found (pass a corpus folder).");
  process.exit(2);
}
const examples = examplesOf(notebooks);
const started = performance.now();
const weights = trainModel(examples, DEFAULT_TRAIN_OPTIONS);
const json = JSON.stringify(weights);
writeFileSync(out, `${json}\n`);
console.log(
  `trained on ${notebooks.length} notebooks (${examples.length} cells) from ${folders.map((f) => path.relative(repoRoot, f) || ".").join(", ")}` +
    ` in ${Math.round(performance.now() - started)} ms: ${Object.keys(weights.weights).length} features, ` +
    `${weights.classes.length} classes, ${(json.length / 1024).toFixed(0)} KB → ${path.relative(repoRoot, out)}`,
);
