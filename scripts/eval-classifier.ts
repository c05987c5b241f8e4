// `npm run eval:classifier [folder…] [--loo] [--rules] [--no-wrong] [--signals] [--min 0.9]`:
// measures the notebook cell classifier on labelled notebooks (labels/<id>.json next to
// notebooks/<id>.ipynb, the format of ../shared/corpus; default: ../shared/corpus from the
// repo root). A prediction is correct when it is the label's `category` or one of its `alt`s.
//
// (default)   the classifier as shipped: rules + the learned layer (model/weights.json).
//             Its weights were trained on the dev corpus, so on those notebooks this is not
//             a held-out figure: use --loo for that.
// --loo       leave one notebook out over the whole dev corpus (default folders: ../shared/corpus
//             and lib/notebook/corpus): each notebook is scored by a learned layer trained on
//             all the others, never on its own labels.
// --rules     the hand-written rules alone (with --loo: the same notebooks, no training).
// --no-wrong  hide the list of wrongly classified cells
// --signals   show each wrong cell's signals (why the classifier decided so)
// --train J   training options for --loo as JSON (e.g. '{"l2":0.01}'), to compare settings
// --min X     exit 1 when overall accuracy is below X (0–1)

import path from "node:path";
import { withModel } from "../lib/notebook/classify-notebook";
import { LearnedModel, shippedLearnedModel } from "../lib/notebook/learned-model";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../lib/notebook/learned-train";
import { printReport, score, type Scored } from "./support/classifier-report";
import {
  examplesOf,
  hasCorpus,
  loadCorpus,
  REPO_CORPUS,
  SHARED_CORPUS,
  type LabelledNotebook,
} from "./support/labelled-corpus";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--min" && args[i - 1] !== "--train");
const minAccuracy = option("--min") === undefined ? null : Number(option("--min"));
const loo = flag("--loo");
const rulesOnly = flag("--rules");
// --train '{"l2":0.01}': other training options for --loo (to compare settings).
const trainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...(JSON.parse(option("--train") ?? "{}") as object) };

function main(): number {
  const folders =
    positional.length > 0
      ? positional.map((f) => path.resolve(f))
      : loo
        ? [SHARED_CORPUS, REPO_CORPUS].filter(hasCorpus)
        : [SHARED_CORPUS];
  for (const folder of folders) {
    if (!hasCorpus(folder)) {
      console.error(`eval-classifier: no labelled corpus at ${folder} (expected labels/ and notebooks/ folders).`);
      console.error("Pass the corpus folder: npm run eval:classifier -- <folder>");
      return 2;
    }
  }
  const notebooks = folders.flatMap((f) => loadCorpus(f));
  if (notebooks.length === 0) {
    console.error(`eval-classifier: no labelled notebooks in ${folders.join(", ")}.`);
    return 2;
  }
  const mode = rulesOnly
    ? "rules alone"
    : loo
      ? "rules + learned layer, leave one notebook out"
      : "rules + learned layer as shipped";
  const scored =
    loo && !rulesOnly
      ? leaveOneOut(notebooks)
      : notebooks.flatMap((nb) => score(nb, withModel(nb.byRules, rulesOnly ? null : shippedLearnedModel())));
  printReport(`Notebook cell classifier (${mode}) — ${folders.join(", ")}`, scored, {
    wrong: !flag("--no-wrong"),
    signals: flag("--signals"),
  });
  const correct = scored.filter((s) => s.correct).length / scored.length;
  if (minAccuracy !== null && correct < minAccuracy) {
    console.error(`\naccuracy ${(correct * 100).toFixed(1)}% is below --min ${(minAccuracy * 100).toFixed(1)}%`);
    return 1;
  }
  return 0;
}

function leaveOneOut(notebooks: readonly LabelledNotebook[]): Scored[] {
  return notebooks.flatMap((held) => {
    const model = new LearnedModel(trainModel(examplesOf(notebooks.filter((nb) => nb !== held)), trainOptions));
    return score(held, withModel(held.byRules, model));
  });
}

process.exitCode = main();
