import type { BlockScore } from "./block-scoring";
import type { StepCategoryId } from "./taxonomy";
import type { Scope } from "./classify-context";
import { walk, type Statement } from "./python-statements";

// Loss curves, metric plots, plots and tables of predictions: looking at a model's results
// is evaluating it, even with the same plotting calls that explore data.

type Cat = StepCategoryId;

/** Plot labels that say the plot shows a model's quality, not the data. */
const MODEL_PLOT_WORDS =
  /\b(loss|losses|accuracy|acc|epochs?|val_\w+|precision|recall|roc|auc|f1|residuals?|predicted|predictions?|confusion|learning curve)\b/i;
/** Variables made by these steps are a model's results (predictions from an endpoint too). */
const RESULT_STAGES: ReadonlySet<Cat> = new Set([
  "model_training",
  "hyperparameter_tuning",
  "model_evaluation",
  "serving",
]);

/**
 * Loss curves, metric plots, plots of predictions: plotting a model's results is evaluating
 * it (or, for a search's results, tuning). Returns the category the plot belongs to, if any.
 */
export function plottedResults(statements: readonly Statement[], scope: Scope): Cat | null {
  let found: Cat | null = null;
  for (const s of walk(statements)) {
    if (s.strings.some((text) => MODEL_PLOT_WORDS.test(text))) return "model_evaluation";
    for (const n of s.names) {
      const category = scope.module(n) === undefined ? scope.symbol(n)?.category : null;
      if (category && RESULT_STAGES.has(category))
        found = category === "hyperparameter_tuning" ? category : "model_evaluation";
    }
  }
  return found;
}

export function relabel(block: BlockScore, from: Cat, to: Cat, why: string) {
  const moved = block.votes.get(from) ?? 0;
  block.votes.delete(from);
  block.votes.set(to, (block.votes.get(to) ?? 0) + moved);
  block.strongest.set(to, Math.max(block.strongest.get(to) ?? 0, block.strongest.get(from) ?? 0));
  block.evidence = block.evidence.map((e) =>
    e.category === from ? { ...e, category: to, signal: `${e.signal} (${why})` } : e,
  );
}
