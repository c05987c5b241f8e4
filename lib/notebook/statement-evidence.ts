import { canonicalName, matchApi, matchBareName } from "./api-rules";
import { MODEL_STAGES, type StepCategoryId } from "./taxonomy";
import type { Scope } from "./classify-context";
import type { Call, Statement, Target } from "./python-statements";
import { modelPipeline, numbersValues, shapedForDisplay } from "./statement-readings";
import { dottedName } from "./python-refs";
import { attributeSignal, methodSignal, methodWords, operationGroupSignal } from "./signals-methods";
import { magicSignal, SERVED_URL, shellSignal } from "./signals-shell";
import { literalEvidence } from "./statement-literals";
import {
  DATA_STAGES,
  DERIVING,
  EARLY_DATA,
  GROUP_RESHAPING,
  JOB_STAGES,
  OPS_STAGES,
  ROUTE_METHODS,
  SERIALISE_CALLS,
  SHELL_CALLS,
  SUBMIT_METHODS,
} from "./statement-keys";

import {
  COLUMNS_NAME,
  CONFIG_NAME,
  MODEL_ARTIFACT_NAME,
  MONITOR_NAME,
  RESIDUAL_NAME,
  RESULT_NAME,
  SEARCH_SPACE_NAME,
  SPLIT_NAME,
} from "./signals-text";

// The evidence one statement gives, read from its calls, attribute reads, assignments,
// strings, shell and magic commands. Each piece names a category, a weight (3 unmistakable,
// 2 clear, 1 hint, 0.5 a trace) and the human-readable signal shown in the UI.

type Cat = StepCategoryId;
export type Evidence = { category: Cat; weight: number; signal: string };
export const EPOCH_LOOP = "loop over epochs";

/**
 * Categories worth inheriting from the object a statement works on. Setup objects say
 * nothing, and neither does loaded data: what a cell does to it is the next step's work.
 */
const inherits = (c: Cat | null | undefined): c is Cat =>
  c != null && c !== "setup" && c !== "other" && c !== "data_ingestion";
const DISPLAY_OPTION_CALLS = new Set(["pandas.set_option", "pd.set_option"]);
/** HTTP calls: to a model server's address (`localhost:8000/fraud`, `/predict`) they are requests for predictions. */
const HTTP_CALLS = new Set([
  "requests.get",
  "requests.post",
  "requests.put",
  "requests.request",
  "httpx.get",
  "httpx.post",
]);

export function statementEvidence(s: Statement, scope: Scope, comments: ReadonlyMap<number, string>): Evidence[] {
  const out: Evidence[] = [];
  if (s.shell) {
    const found = shellSignal(s.shell.command);
    if (found) add(out, found.category, found.weight, found.what.replace(/^`/, "`!"));
    // `!aws s3 ls $monitoring_output/`, `!cat {model_dir}/saved_model.pb`: a command that only
    // lists or reads what an earlier step made (its path in a notebook variable) is that step.
    if (!found || found.weight <= 1) interpolatedStage(s.shell.command, scope, out);
  }
  if (s.magic) {
    const found = magicSignal(s.magic.name, s.magic.args);
    if (found) add(out, found.category, found.weight, found.what);
  }
  const used = new Set<string>();
  // `df.groupby(k)[c].count().reset_index()`: the reshaping formats the group summary, it
  // does not prepare the data; the groupby itself says what the statement is for.
  const grouping = s.calls.some((c) => c.path.at(-1) === "groupby");
  for (const call of s.calls) {
    if (grouping && GROUP_RESHAPING.has(call.path.at(-1) ?? "")) continue;
    if (callEvidence(call, scope, out) && call.root) used.add(call.root);
  }
  // `Image.open(path)` left bare as an expression: the notebook shows the picture, a look at the data.
  if (s.kind === "expr" && s.calls.some((c) => canonicalName(scope.libraryCall(c) ?? "") === "PIL.Image.open"))
    add(out, "data_exploration", 2, "shows an image");
  if (out.length > 1) {
    modelPipeline(s, scope, out);
    shapedForDisplay(s, scope, out);
  }
  for (const attr of s.attrs) {
    const name = attr.path.at(-1) ?? "";
    const known = attributeSignal(name);
    const modulePath = attr.root && attr.direct ? scope.module(attr.root) : undefined;
    if (known) add(out, known[0], known[1], `\`.${name}\``);
    else if (modulePath !== undefined) {
      const hit = matchApi(dottedName(modulePath, attr.path));
      if (hit) add(out, hit.category, hit.weight, `\`${dottedName(attr.root, attr.path)}\``);
    } else if (attr.root && attr.direct) {
      const sym = scope.symbol(attr.root);
      // Reading a field (`df.iloc`, `model.input_names`) is weaker than calling a method.
      if (sym?.kind === "var" && inherits(sym.category))
        add(out, sym.category, 0.5, `\`${attr.root}.${attr.path.join(".")}\` (from cell ${sym.cell})`);
      else continue;
    } else continue;
    if (attr.root) used.add(attr.root);
  }
  targetEvidence(s, scope, out);
  out.push(...literalEvidence(s));
  for (let line = s.start; line <= s.end && comments.size > 0; line++) {
    const comment = comments.get(line);
    if (comment !== undefined && /@param\b/.test(comment)) add(out, "setup", 3, "`# @param` form field");
  }
  // `np.mean(y_pred == y_test)`: predictions compared with the truth measure accuracy by hand.
  const compared = s.equated.find((n) => RESULT_NAME.test(n));
  if (compared !== undefined) add(out, "model_evaluation", 2, `compares \`${compared}\` with the truth`);
  if (s.kind === "assert") {
    const versionCheck = s.names.includes("sys") || s.attrs.some((a) => /version/.test(a.path.join(".")));
    add(out, versionCheck ? "setup" : "testing", 2, versionCheck ? "version check" : "`assert`");
  }
  if (s.keyword === "for" && s.targets.some((t) => /^epochs?$/i.test(t.root)))
    add(out, "model_training", 1.5, EPOCH_LOOP);
  // Reading what an earlier step made suggests the same step, faintly; more so when the
  // previous cell made it (the cell goes on with that work).
  const seen = new Set<Cat>();
  const previous = scope.context.previous;
  for (const name of s.names) {
    const sym = scope.symbol(name);
    if (
      used.has(name) ||
      // A class named without a call (`blocks = {"ResNetBlock": ResNetBlock}`) is read as a value.
      (sym?.kind !== "var" && sym?.kind !== "class") ||
      !inherits(sym.category) ||
      seen.has(sym.category) ||
      scope.module(name) !== undefined
    )
      continue;
    seen.add(sym.category);
    const fresh = sym.cell === scope.cell || (previous?.touched.has(name) ?? false);
    add(out, sym.category, fresh ? 1 : 0.5, `reads \`${name}\` (from cell ${sym.cell})`);
  }
  return out;
}

function add(out: Evidence[], category: Cat, weight: number, signal: string) {
  out.push({ category, weight, signal });
}

// Signal texts are built only for evidence that is added: most calls and targets add none.

/** `` `pd.read_csv` `` */
const quoted = (call: Call) => `\`${written(call)}\``;
/** `` `df["a"] = …` ``, as `` `df[…] = …` `` */
const assigned = (t: Target) => `\`${dottedName(t.root, t.path)}${t.subscript ? "[…]" : ""} = …\``;

function written(call: Call): string {
  return call.root && call.direct ? dottedName(call.root, call.path) : `${call.root ?? ""}….${call.path.join(".")}`;
}

/** Adds the evidence of one call; true when there was some. */
function callEvidence(call: Call, scope: Scope, out: Evidence[]): boolean {
  const method = call.path.at(-1);
  // `ml_client.jobs.create_or_update(job)`, `pipeline_job.submit()`-style: running a job
  // object is the stage that made the job (a training job trains, a sweep tunes).
  if (method && SUBMIT_METHODS.has(method) && call.path.length > 0) {
    for (const name of call.argNames) {
      const sym = scope.module(name) === undefined ? scope.symbol(name) : undefined;
      if (sym?.kind === "var" && sym.category && JOB_STAGES.has(sym.category) && sym.cell !== scope.cell) {
        add(out, sym.category, 2, `${quoted(call)} runs \`${name}\` (from cell ${sym.cell})`);
        return true;
      }
    }
  }
  // `df.merge(te, on=cat)` with `te` a table of group statistics: target or mean encoding.
  if ((method === "merge" || method === "join") && call.path.length > 0) {
    const table = call.argNames.find((n) => scope.module(n) === undefined && scope.symbol(n)?.grouped);
    if (table) {
      add(
        out,
        "feature_engineering",
        2,
        `${quoted(call)} merges the group statistics \`${table}\` back (target/mean encoding)`,
      );
      return true;
    }
  }
  if (call.root && call.direct) {
    const modulePath = scope.module(call.root);
    if (modulePath !== undefined) {
      const dotted = dottedName(modulePath, call.path);
      if (SERIALISE_CALLS.has(dotted) && serialisedStage(call, scope, out)) return true;
      const command = SHELL_CALLS.has(dotted) && call.strArgs[0] ? shellSignal(call.strArgs[0]) : null;
      const hit = command
        ? { category: command.category, weight: command.weight }
        : HTTP_CALLS.has(dotted) && call.strArgs.some((a) => SERVED_URL.test(a))
          ? { category: "serving" as const, weight: 3 }
          : matchApi(dotted);
      // `pd.set_option("display.max_colwidth", 700)` before a table only widens what the cell
      // shows: a trace of set-up, so a cell that goes on to show a step's result is that step's.
      const weight =
        hit && DISPLAY_OPTION_CALLS.has(dotted) && call.strArgs[0]?.startsWith("display.") ? 0.5 : hit?.weight;
      if (hit) add(out, hit.category, weight ?? hit.weight, command ? `${quoted(call)} ${command.what}` : quoted(call));
      // A name imported from a package no rule knows (the project's own helpers: a
      // `get_or_create_workspace`, a `DetectionLearner`): its words or its class-name
      // pattern may still say what it does, as an SDK's long method names do.
      const named = hit || call.path.length > 0 ? null : importedName(call.root);
      if (named) add(out, named[0], named[1], quoted(call));
      return hit !== null || named !== null;
    }
    const sym = scope.symbol(call.root);
    if (call.path.length === 0) {
      if (sym && sym.kind !== "var") {
        if (!inherits(sym.category) && sym.category !== "data_ingestion") return false;
        add(out, sym.category as Cat, 2, `\`${call.root}()\` (defined in cell ${sym.cell})`);
        return true;
      }
      // A name a star import brought in (`from pycaret.anomaly import *` … `plot_model(…)`).
      for (const starred of scope.starModules()) {
        const hit = matchApi(`${starred}.${call.root}`);
        if (hit) {
          add(out, hit.category, hit.weight, quoted(call));
          return true;
        }
      }
      const bare = matchBareName(call.root);
      if (bare) add(out, bare.category, bare.weight, quoted(call));
      return bare !== null;
    }
    const receiver = sym?.category ?? null;
    // `df.sort_values(…, inplace=True)` changes the data, whatever the verb: not a display.
    if (call.kwargs.includes("inplace") && !(receiver && MODEL_STAGES.has(receiver))) {
      add(out, "data_preparation", 2, `${quoted(call)} in place`);
      return true;
    }
    const group = call.path.at(-2);
    const found = method
      ? (methodSignal(method, receiver, call.strArgs, call.kwargs) ??
        (group ? operationGroupSignal(group, method) : null))
      : null;
    if (found) add(out, found[0], found[1], quoted(call));
    else if (sym && inherits(receiver)) add(out, receiver, 1, `${quoted(call)} on an object from cell ${sym.cell}`);
    else return false;
    return true;
  }
  if (!method) return false;
  // `"\n".join(docs)`: a chain that starts at a literal is a string's join, not a DataFrame's.
  if (call.root === null && method === "join") return false;
  const root = call.root && scope.module(call.root) === undefined ? scope.symbol(call.root) : undefined;
  const found = methodSignal(method, root?.category ?? null, call.strArgs, call.kwargs);
  if (found) add(out, found[0], found[1], quoted(call));
  return found !== null;
}

const INTERPOLATED = /\$\{?([A-Za-z_]\w*)\}?|\{([A-Za-z_]\w*)\}/g;

function interpolatedStage(command: string, scope: Scope, out: Evidence[]) {
  for (const m of command.matchAll(INTERPOLATED)) {
    const name = m[1] ?? m[2] ?? "";
    const sym = scope.module(name) === undefined ? scope.symbol(name) : undefined;
    if (sym?.kind === "var" && inherits(sym.category)) {
      add(out, sym.category, 2, `the path in \`${name}\` (from cell ${sym.cell})`);
      return;
    }
  }
}

function importedName(name: string): readonly [Cat, number] | null {
  const bare = matchBareName(name);
  return bare ? [bare.category, bare.weight] : methodWords(name);
}

/** `json.dumps(endpoint_config)`: writing out a deployment's (serving's, monitoring's) config is that step. */
function serialisedStage(call: Call, scope: Scope, out: Evidence[]): boolean {
  for (const name of call.argNames) {
    const sym = scope.module(name) === undefined ? scope.symbol(name) : undefined;
    if (sym?.kind === "var" && sym.category && OPS_STAGES.has(sym.category)) {
      add(out, sym.category, 2, `${quoted(call)} writes \`${name}\` (from cell ${sym.cell})`);
      return true;
    }
  }
  return false;
}

function targetEvidence(s: Statement, scope: Scope, out: Evidence[]) {
  for (const t of s.targets) {
    if (t.path.length > 0 || t.subscript) {
      const modulePath = scope.module(t.root);
      if (modulePath !== undefined) {
        // Setting a library's attribute or environment entry is configuration.
        const hit = matchApi(dottedName(modulePath, t.path));
        add(out, hit?.category ?? "setup", hit?.weight ?? 2, assigned(t));
        continue;
      }
      const sym = scope.symbol(t.root);
      const receiver = sym?.category ?? null;
      const result = t.subscript ? modelResultRead(s, scope) : null;
      if (result) {
        // df["prediction"] = preds keeps a model's output next to the data it came from.
        add(out, result.category, 1.5, `stores \`${result.name}\` (from cell ${result.cell}) in ${assigned(t)}`);
      } else if (t.subscript && t.path.length === 0 && !(receiver && MODEL_STAGES.has(receiver))) {
        // df["new"] = df["a"] / df["b"] (or a group mean, a lag, a rolling window) derives a
        // feature; other column writes clean or encode.
        // So is any column written into an empty table from another one's columns (`X =
        // pd.DataFrame()`, `X["MSClass"] = df.MSSubClass.str.split(…)[0]`, `return X`).
        const derived =
          s.arithmetic ||
          s.comparison ||
          s.calls.some((c) => DERIVING.has(c.path.at(-1) ?? "")) ||
          (sym?.blank === true && s.names.some((n) => n !== t.root));
        add(out, derived ? "feature_engineering" : "data_preparation", 1.5, `new column ${assigned(t)}`);
      } else if (inherits(receiver)) add(out, receiver, 1, `${assigned(t)} (object from cell ${sym?.cell})`);
      continue;
    }
    if (s.kind !== "assign") continue;
    const before = scope.symbol(t.root);
    if (SEARCH_SPACE_NAME.test(t.root)) add(out, "hyperparameter_tuning", 1.5, `search space \`${t.root}\``);
    else if (numbersValues(s, t.root)) add(out, "data_preparation", 2, `encoding table \`${t.root}\``);
    // `train_ds = ds["train"]` picks a split the data came with; `X[:1000]` makes one.
    else if (SPLIT_NAME.test(t.root) && s.subscript && !s.strings.some((x) => SPLIT_NAME.test(x)))
      add(out, "data_preparation", 1.5, `split \`${t.root}\``);
    else if (s.literal && COLUMNS_NAME.test(t.root)) add(out, "data_preparation", 1.5, `column list \`${t.root}\``);
    else if (s.literal && CONFIG_NAME.test(t.root)) add(out, "setup", 2, `config \`${t.root}\``);
    else if (MODEL_ARTIFACT_NAME.test(t.root)) add(out, "model_export", 1, `model location \`${t.root}\``);
    else if (MONITOR_NAME.test(t.root)) add(out, "monitoring", 1.5, `monitoring record \`${t.root}\``);
    else if (RESIDUAL_NAME.test(t.root)) add(out, "model_evaluation", 1.5, `residuals \`${t.root}\``);
    else if (s.subscript && s.comparison && !s.names.includes(t.root) && readsDataOnly(s, scope))
      add(out, "data_preparation", 1.5, `selects rows into \`${t.root}\``);
    else if (s.names.includes(t.root) && before?.kind === "var") {
      // `df = df[df.x > 0]`, `df = df.drop(…)`: a data set reworked in place.
      if (inherits(before.category) && MODEL_STAGES.has(before.category))
        add(out, before.category, 1.5, `updates \`${t.root}\` (from cell ${before.cell})`);
      else if (s.subscript && s.comparison) add(out, "data_preparation", 1.5, `filters rows of \`${t.root}\``);
      // Reworking loaded or explored data is preparing it; prepared data or features stay what they were.
      else if (before.category && DATA_STAGES.has(before.category))
        add(out, EARLY_DATA.has(before.category) ? "data_preparation" : before.category, 1, `updates \`${t.root}\``);
    }
  }
}

/** A variable the statement reads that holds a model's output (predictions, scores). */
function modelResultRead(s: Statement, scope: Scope): { name: string; category: Cat; cell: number } | null {
  for (const name of s.names) {
    const sym = scope.module(name) === undefined ? scope.symbol(name) : undefined;
    if (sym?.kind === "var" && sym.category && MODEL_STAGES.has(sym.category))
      return { name, category: sym.category, cell: sym.cell };
  }
  return null;
}

/** True when every variable the statement reads holds data (not a model or its results). */
function readsDataOnly(s: Statement, scope: Scope): boolean {
  return s.names.every((n) => {
    const category = scope.module(n) === undefined ? scope.symbol(n)?.category : null;
    return !category || !MODEL_STAGES.has(category);
  });
}

/** `@app.post("/predict")` and friends make the function a request handler. */
export function decoratorEvidence(decorator: Statement, scope: Scope): Evidence[] {
  const out = statementEvidence(decorator, scope, new Map());
  for (const call of decorator.calls) {
    const method = call.path.at(-1) ?? "";
    if (ROUTE_METHODS.has(method) && call.strArgs.some((a) => a.startsWith("/"))) {
      out.push({ category: "serving", weight: 3, signal: `\`@${written(call)}("${call.strArgs[0]}")\` route` });
    }
  }
  // A bare decorator the rules know (`@tool` from langchain.agents) says what the function is for.
  if (decorator.calls.length === 0) {
    for (const name of decorator.names) {
      const modulePath = scope.module(name);
      const hit = modulePath !== undefined ? matchApi(modulePath) : null;
      if (hit) out.push({ category: hit.category, weight: hit.weight, signal: `\`@${name}\` (${modulePath})` });
    }
  }
  for (const attr of decorator.attrs) {
    const method = attr.path.at(-1) ?? "";
    const sym = attr.root ? scope.symbol(attr.root) : undefined;
    if (ROUTE_METHODS.has(method) && sym?.category === "serving")
      out.push({ category: "serving", weight: 3, signal: `\`@${attr.root}.${method}\`` });
  }
  return out;
}
