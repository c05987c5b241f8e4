// `npm run eval:classifier [folder…] [--loo|--loro] [--rules] [--no-wrong] [--signals] [--min 0.9]`:
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
// --loro      leave one repository out (same default folders): the notebooks of one upstream
//             repository (the label file's `source.repo`; a notebook without one is a group of
//             its own) are scored by a learned layer trained on the other repositories only, so
//             sibling notebooks (shared helpers, boilerplate) cannot stand in for the held-out one.
// --rules     the hand-written rules alone (with --loo/--loro: the same notebooks, no training).
// --no-wrong  hide the list of wrongly classified cells
// --signals   show each wrong cell's signals (why the classifier decided so)
// --train J   training options for --loo/--loro as JSON (e.g. '{"l2":0.01}'), to compare settings
// --min X     exit 1 when overall accuracy is below X (0–1)
// --labels D  score the (one) folder's notebooks against the label files in D instead of its
//             labels/ (another labeller's labels for the same notebooks, e.g.
//             `../shared/corpus --labels lib/notebook/corpus/agreement`)
// A frozen held-out folder (one holding FROZEN.md, e.g. lib/notebook/corpus/frozen) is scored
// with the figures and the confusion table only: its wrong cells are never listed, and
// --loo/--loro refuse it.

import path from "node:path";
import { withModel } from "../lib/notebook/classify-notebook";
import { LearnedModel, shippedLearnedModel } from "../lib/notebook/learned-model";
import { DEFAULT_TRAIN_OPTIONS, trainModel } from "../lib/notebook/learned-train";
import { printReport, score, type Scored } from "./support/classifier-report";
import { heldOutGroups, type Grouping } from "./support/held-out-groups";
import {
  examplesOf,
  hasCorpus,
  isFrozen,
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
const valued = ["--min", "--train", "--labels"];
const positional = args.filter((a, i) => !a.startsWith("--") && !valued.includes(args[i - 1] ?? ""));
const labelsDir = option("--labels");
const minAccuracy = option("--min") === undefined ? null : Number(option("--min"));
// What is held out together: one notebook (--loo) or one repository (--loro) at a time.
const grouping: Grouping | null = flag("--loro") ? "repository" : flag("--loo") ? "notebook" : null;
const rulesOnly = flag("--rules");
// --train '{"l2":0.01}': other training options for --loo/--loro (to compare settings).
const trainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...(JSON.parse(option("--train") ?? "{}") as object) };

function main(): number {
  const folders =
    positional.length > 0
      ? positional.map((f) => path.resolve(f))
      : grouping
        ? [SHARED_CORPUS, REPO_CORPUS].filter(hasCorpus)
        : [SHARED_CORPUS];
  for (const folder of folders) {
    if (!hasCorpus(folder)) {
      console.error(`eval-classifier: no labelled corpus at ${folder} (expected labels/ and notebooks/ folders).`);
      console.error("Pass the corpus folder: npm run eval:classifier -- <folder>");
      return 2;
    }
  }
  const frozen = folders.some(isFrozen);
  if (frozen && grouping) {
    console.error("eval-classifier: a frozen held-out folder is never training data; --loo/--loro refuse it.");
    return 2;
  }
  if (labelsDir !== undefined && folders.length !== 1) {
    console.error("eval-classifier: --labels takes the notebooks of exactly one corpus folder.");
    return 2;
  }
  const notebooks = folders.flatMap((f) =>
    labelsDir === undefined ? loadCorpus(f) : loadCorpus(f, console.warn, path.resolve(labelsDir)),
  );
  if (notebooks.length === 0) {
    console.error(`eval-classifier: no labelled notebooks in ${folders.join(", ")}.`);
    return 2;
  }
  const mode = rulesOnly
    ? "rules alone"
    : grouping
      ? `rules + learned layer, leave one ${grouping} out`
      : "rules + learned layer as shipped";
  const scored =
    grouping && !rulesOnly
      ? leaveGroupsOut(notebooks, grouping)
      : notebooks.flatMap((nb) => score(nb, withModel(nb.byRules, rulesOnly ? null : shippedLearnedModel())));
  const against = labelsDir === undefined ? "" : ` against the labels in ${path.resolve(labelsDir)}`;
  printReport(`Notebook cell classifier (${mode}) — ${folders.join(", ")}${against}`, scored, {
    // Frozen notebooks (lib/notebook/corpus/frozen/FROZEN.md): figures only, never their wrong cells.
    wrong: !frozen && !flag("--no-wrong"),
    signals: !frozen && flag("--signals"),
    groups: grouping === "repository" && !rulesOnly ? heldOutGroups(notebooks, "repository") : undefined,
  });
  const correct = scored.filter((s) => s.correct).length / scored.length;
  if (minAccuracy !== null && correct < minAccuracy) {
    console.error(`\naccuracy ${(correct * 100).toFixed(1)}% is below --min ${(minAccuracy * 100).toFixed(1)}%`);
    return 1;
  }
  return 0;
}

/** Each group scored by a learned layer (vocabulary too) trained on the other groups only. */
function leaveGroupsOut(notebooks: readonly LabelledNotebook[], by: Grouping): Scored[] {
  return heldOutGroups(notebooks, by).flatMap(({ members }) => {
    const model = new LearnedModel(
      trainModel(examplesOf(notebooks.filter((nb) => !members.includes(nb))), trainOptions),
    );
    return members.flatMap((held) => score(held, withModel(held.byRules, model)));
  });
}

process.exitCode = main();
