import type { Scope } from "./classify-context";
import type { Statement } from "./python-statements";
import { dottedName } from "./python-refs";
import { ENCODING_TABLE_NAME } from "./signals-text";
import type { Evidence } from "./statement-evidence";
import { DISPLAY_ENDS, PIPELINE_CALLS } from "./statement-keys";

// Readings of a whole statement that override what its calls said one by one: a pipeline
// holding a model is that model, a chain only shown to the reader is a look at the data, and
// a table numbering values is a label encoding.

/**
 * `label2id = {l: i for i, l in enumerate(labels)}`, `mapping = dict(zip(values, range(n)))`:
 * numbering a column's values builds the table a label encoding uses.
 */
export function numbersValues(s: Statement, name: string): boolean {
  let zip = false;
  let range = false;
  let enumerate = false;
  for (const c of s.calls) {
    if (c.root === null || !c.direct || c.path.length > 0) continue;
    if (c.root === "zip") zip = true;
    else if (c.root === "range") range = true;
    else if (c.root === "enumerate") enumerate = true;
  }
  return (zip && range) || ((zip || enumerate) && ENCODING_TABLE_NAME.test(name));
}

/**
 * `make_pipeline(StandardScaler(), PCA(2), LogisticRegression())`: a pipeline that holds a
 * model is that model (its scaler is part of it), so its steps' preparation evidence gives
 * way to the training the pipeline defines.
 */
export function modelPipeline(s: Statement, scope: Scope, out: Evidence[]) {
  if (!out.some((e) => e.category === "model_training" && e.weight >= 2)) return;
  const pipeline = s.calls.find((c) => PIPELINE_CALLS.has(scope.libraryCall(c) ?? ""));
  if (!pipeline) return;
  dropEvidence(out, (e) => e.category === "data_preparation" || e.category === "feature_engineering");
  out.push({
    category: "model_training",
    weight: 2,
    signal: `\`${dottedName(pipeline.root, pipeline.path)}\` holds a model`,
  });
}

/**
 * `df.x.map(names).value_counts().plot(kind="barh")`, as an expression: nothing is kept, so
 * the mapping and casting only shape what is shown; the look at the data is the work. Only a
 * chain of the notebook's own data: `fill_missing_values(series).plot()` shows what a library
 * call does to it.
 */
export function shapedForDisplay(s: Statement, scope: Scope, out: Evidence[]) {
  if (s.kind !== "expr") return;
  const first = s.calls[0];
  if (!first?.root || scope.module(first.root) !== undefined) return;
  const last = s.calls.at(-1);
  if (!last || !DISPLAY_ENDS.has(last.path.at(-1) ?? "") || last.kwargs.includes("inplace")) return;
  if (!out.some((e) => e.category === "data_exploration")) return;
  dropEvidence(out, (e) => e.category === "data_preparation");
}

/** Removes the evidence a later reading of the statement overrides, in place. */
function dropEvidence(out: Evidence[], drop: (e: Evidence) => boolean) {
  let kept = 0;
  for (const e of out) if (!drop(e)) out[kept++] = e;
  out.length = kept;
}
