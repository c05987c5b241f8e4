import { matchApi } from "./api-rules";
import { stageRank, type StepCategoryId } from "./taxonomy";
import { STAR, type Scope } from "./classify-context";
import { walk, type Statement } from "./python-statements";
import { dottedName } from "./python-refs";
import { decoratorEvidence, EPOCH_LOOP, statementEvidence, type Evidence } from "./statement-evidence";
import { functionNameHint, isFeatureName, isModelName, RESULT_NAME } from "./signals-text";
import { relabel } from "./result-plots";

// TAXONOMY's mixed-cell rule: a cell is what most of its lines do. Each statement picks its
// own category from its evidence, then votes with its number of lines; weak evidence votes
// with half or a quarter of them. A def or class votes as one unit with all its lines, for
// what the function is for (its name, else its body), so a 20-line helper counts as 20 lines.

type Cat = StepCategoryId;
export type Verdict = { category: Cat | null; weight: number; evidence: Evidence[] };
export type BlockScore = {
  votes: Map<Cat, number>;
  /** The strongest single piece of evidence behind each category's votes. */
  strongest: Map<Cat, number>;
  evidence: Evidence[];
  /** Every non-def statement with its verdict, outer before inner, for what the cell touched. */
  verdicts: { statement: Statement; verdict: Verdict }[];
  /** The strongest piece of evidence seen, whether or not its category won its statement. */
  peak: number;
};

/** Base classes whose library we may not see imported, by their last name. */
const CLASS_BASES: Readonly<Record<string, readonly [Cat, number]>> = {
  Module: ["model_training", 2],
  Model: ["model_training", 2],
  Layer: ["model_training", 2],
  LightningModule: ["model_training", 3],
  Callback: ["model_training", 2],
  Dataset: ["data_preparation", 2],
  IterableDataset: ["data_preparation", 2],
  Sequence: ["data_preparation", 1],
  TestCase: ["testing", 3],
  HttpUser: ["testing", 3],
  BaseHandler: ["serving", 3],
  PythonModel: ["model_export", 2],
  BaseModel: ["serving", 1],
  ClassifierMixin: ["model_training", 2],
  RegressorMixin: ["model_training", 2],
  TransformerMixin: ["data_preparation", 2],
  BaseEstimator: ["data_preparation", 1],
};

/**
 * The functions a model server calls in a scoring script: Azure ML's entry script defines
 * `init()` and `run(data)`; SageMaker's inference handlers are `model_fn` with `predict_fn`,
 * `input_fn`/`output_fn` or `transform_fn`. Defined together, they are the served model's
 * code, however much of their body predicts or loads.
 */
function servingHandlers(statements: readonly Statement[]): ReadonlySet<string> {
  const defs = new Set(statements.flatMap((s) => (s.kind === "def" && s.def ? [s.def.name] : [])));
  const azure = defs.has("init") && defs.has("run") ? ["init", "run"] : [];
  const sagemaker = ["predict_fn", "output_fn", "transform_fn"].some((n) => defs.has(n))
    ? ["model_fn", "input_fn", "predict_fn", "output_fn", "transform_fn"]
    : [];
  return new Set([...azure, ...sagemaker].filter((n) => defs.has(n)));
}

export function voteWeight(weight: number): number {
  return weight >= 2 ? 1 : weight >= 1 ? 0.5 : weight > 0 ? 0.25 : 0;
}

/** The category with the most evidence; a tie goes to the later stage. */
export function winner(totals: ReadonlyMap<Cat, number>): Cat | null {
  let best: Cat | null = null;
  let bestScore = 0;
  for (const [category, score] of totals) {
    if (
      score > bestScore + 1e-9 ||
      (best && Math.abs(score - bestScore) <= 1e-9 && stageRank(category) > stageRank(best))
    ) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}

function decide(evidence: readonly Evidence[]): Verdict {
  // Most statements have no evidence: no totals to count (what the general path gives, without its Map).
  if (evidence.length === 0) return { category: null, weight: 0, evidence: [] };
  const totals = new Map<Cat, number>();
  for (const e of evidence) totals.set(e.category, (totals.get(e.category) ?? 0) + e.weight);
  const category = winner(totals);
  const mine = evidence.filter((e) => e.category === category);
  let weight = 0;
  for (const e of mine) weight = Math.max(weight, e.weight);
  return { category, weight, evidence: mine };
}

export function scoreBlock(
  statements: readonly Statement[],
  scope: Scope,
  comments: ReadonlyMap<number, string>,
): BlockScore {
  const score: BlockScore = { votes: new Map(), strongest: new Map(), evidence: [], verdicts: [], peak: 0 };
  const handlers = servingHandlers(statements);
  for (const s of statements) {
    let verdict: Verdict;
    let lines = s.lines;
    const hidden = s.body.length > 0 && withoutGradients(s, scope) && runsEncoder(s.body, scope);
    if (s.kind === "import") {
      for (const b of s.imports)
        scope.bindAlias(
          b.star ? `${STAR}${b.module}` : b.alias,
          b.name && !b.star ? `${b.module}.${b.name}` : b.module,
        );
      const names = s.imports.map((b) => (b.name ? `${b.module}.${b.name}` : b.module)).join(", ");
      verdict = {
        category: "setup",
        weight: 2,
        evidence: [{ category: "setup", weight: 2, signal: `\`import ${names}\`` }],
      };
      // An import serves the code after it: in a mixed cell it counts for half a line.
      lines = s.lines / 2;
    } else if (s.kind === "control" && (s.keyword === "for" || s.keyword === "while") && s.body.length > 0) {
      // A loop is one piece of work (a training loop, a cross-validation loop): it votes as a unit.
      const loop = scoreLoop(s, scope, comments);
      addVote(score, loop.verdict, loop.lines);
      score.verdicts.push(...loop.inner.verdicts);
      continue;
    } else if (s.kind === "def" || s.kind === "class") {
      verdict = s.kind === "def" ? scoreDef(s, scope, comments) : scoreClass(s, scope, comments);
      const handler = s.def && handlers.has(s.def.name) ? s.def.name : null;
      if (handler) {
        const signal = `scoring-script handler \`${handler}()\``;
        verdict = { category: "serving", weight: 3, evidence: [{ category: "serving", weight: 3, signal }] };
      }
      lines = walk([s]).reduce((n, x) => n + x.lines, 0) + s.decorators.reduce((n, d) => n + d.lines, 0);
      const name = s.def?.name ?? s.cls?.name ?? "";
      scope.define(name, {
        kind: s.kind === "def" ? "function" : "class",
        category: verdict.category,
        cell: scope.cell,
      });
    } else {
      const evidence = statementEvidence(s, scope, comments);
      for (const e of evidence) score.peak = Math.max(score.peak, e.weight);
      verdict = decide(evidence);
      if (hidden) verdict = asFeatures(verdict);
      // A name made on faint evidence gets the cell's category later, so one guess does not
      // spread through every statement that reads it.
      const category = verdict.weight >= 1 ? verdict.category : null;
      const grouped = groupStatistics(s, scope);
      const blank = emptyFrame(s, scope);
      const encoder = bareEncoder(s, scope);
      for (const t of s.targets) {
        if (t.path.length === 0 && !t.subscript)
          scope.define(t.root, {
            kind: "var",
            category,
            cell: scope.cell,
            ...(grouped && { grouped }),
            ...(blank && { blank }),
            ...(encoder && { encoder }),
          });
      }
      score.verdicts.push({ statement: s, verdict });
    }
    addVote(score, verdict, lines);
    if (s.kind !== "def" && s.kind !== "class" && s.body.length > 0) {
      const body = scoreBlock(s.body, scope, comments);
      // Under `torch.no_grad()` nothing learns: a forward pass and a loss there measure the
      // model, or, through a bare encoder, extract its hidden states as features.
      if (hidden) {
        relabel(body, "model_training", "feature_engineering", HIDDEN_STATES);
        relabel(body, "model_evaluation", "feature_engineering", HIDDEN_STATES);
      } else if (withoutGradients(s, scope)) relabel(body, "model_training", "model_evaluation", "without gradients");
      merge(score, body);
    }
  }
  return score;
}

/**
 * True when an assignment makes a table of per-group statistics: a groupby aggregate, or a
 * reshaping of one (`te = te.reset_index()`). Merged back onto the rows it is a feature
 * (target or mean encoding), which `statementEvidence` reads from the flag.
 */
function groupStatistics(s: Statement, scope: Scope): true | undefined {
  if (s.kind !== "assign" || s.calls.some((c) => c.path.at(-1) === "merge")) return undefined;
  const grouped =
    s.calls.some((c) => c.path.at(-1) === "groupby") || s.names.some((n) => scope.symbol(n)?.grouped === true);
  return grouped ? true : undefined;
}

/** `X = pd.DataFrame()`: an empty pandas table, with nothing passed to it. */
function emptyFrame(s: Statement, scope: Scope): true | undefined {
  if (s.kind !== "assign" || s.calls.length !== 1 || s.strings.length > 0) return undefined;
  const c = s.calls[0]!;
  if (c.path.at(-1) !== "DataFrame" || c.argNames.length > 0 || c.kwargs.length > 0 || s.names.length > 1)
    return undefined;
  return c.root && c.direct && scope.module(c.root) === "pandas" ? true : undefined;
}

const NO_GRAD = /^torch\.(no_grad|inference_mode)$/;
/** A Transformers model with no task head: `AutoModel`, `TFAutoModel`, `FlaxAutoModel`. */
const BARE_ENCODER = /^transformers\.(TF|Flax)?AutoModel(\.from_pretrained)?$/;
const HIDDEN_STATES = "hidden states of a bare encoder";

/** `model = AutoModel.from_pretrained(ckpt).to(device)`: the name holds a bare encoder. */
function bareEncoder(s: Statement, scope: Scope): true | undefined {
  if (s.kind !== "assign") return undefined;
  for (const c of s.calls) {
    // A cheap look at the name first: this runs for every assignment.
    const last = c.path.at(-1) ?? c.root ?? "";
    if (last !== "from_pretrained" && !last.endsWith("AutoModel")) continue;
    const path = c.root && c.direct ? scope.module(c.root) : undefined;
    if (path !== undefined && BARE_ENCODER.test(dottedName(path, c.path))) return true;
  }
  return undefined;
}

/** A forward pass through a bare encoder (`model(**inputs)`) somewhere in the statements. */
function runsEncoder(statements: readonly Statement[], scope: Scope): boolean {
  return walk(statements).some((st) =>
    st.calls.some((c) => c.root !== null && c.path.length === 0 && scope.symbol(c.root)?.encoder === true),
  );
}

/** A verdict of evaluation or training read as feature extraction (hidden states). */
function asFeatures(verdict: Verdict): Verdict {
  if (verdict.category !== "model_evaluation" && verdict.category !== "model_training") return verdict;
  const evidence = verdict.evidence.map((e) =>
    e.category === verdict.category
      ? { ...e, category: "feature_engineering" as const, signal: `${e.signal} (${HIDDEN_STATES})` }
      : e,
  );
  return { category: "feature_engineering", weight: verdict.weight, evidence };
}

function withoutGradients(s: Statement, scope: Scope): boolean {
  return (
    s.keyword === "with" &&
    s.calls.some((c) => {
      const path = c.root && c.direct ? scope.module(c.root) : undefined;
      return path !== undefined && NO_GRAD.test(dottedName(path, c.path));
    })
  );
}

function scoreLoop(
  s: Statement,
  scope: Scope,
  comments: ReadonlyMap<number, string>,
): { verdict: Verdict; lines: number; inner: BlockScore } {
  const header = decide(statementEvidence(s, scope, comments));
  for (const t of s.targets)
    scope.define(t.root, { kind: "var", category: header.weight >= 1 ? header.category : null, cell: scope.cell });
  const inner = scoreBlock(s.body, scope, comments);
  inner.verdicts.unshift({ statement: s, verdict: header });
  addVote(inner, header, s.lines);
  for (const e of header.evidence) inner.peak = Math.max(inner.peak, e.weight);
  const lines = walk([s]).reduce((n, x) => n + x.lines, 0);
  // Looping over epochs and training inside is a training loop, whatever else it logs.
  const epochs = header.evidence.some((e) => e.signal === EPOCH_LOOP) && inner.votes.has("model_training");
  // Fitting and scoring a model per candidate value and keeping the best (`best_score = …`)
  // is a hand-written search: tuning.
  const search =
    !epochs &&
    inner.votes.has("model_training") &&
    inner.votes.has("model_evaluation") &&
    walk(s.body).some((b) => b.targets.some((t) => /^best/i.test(t.root)));
  const verdict = epochs
    ? {
        category: "model_training" as const,
        weight: 2,
        evidence: inner.evidence.filter((e) => e.category === "model_training"),
      }
    : search
      ? {
          category: "hyperparameter_tuning" as const,
          weight: 2,
          evidence: [
            { category: "hyperparameter_tuning" as const, weight: 2, signal: "keeps the best of a loop of fits" },
          ],
        }
      : fromBody(inner);
  return { verdict, lines, inner };
}

function addVote(score: BlockScore, verdict: Verdict, lines: number) {
  if (!verdict.category) return;
  const c = verdict.category;
  score.votes.set(c, (score.votes.get(c) ?? 0) + lines * voteWeight(verdict.weight));
  score.strongest.set(c, Math.max(score.strongest.get(c) ?? 0, verdict.weight));
  score.evidence.push(...verdict.evidence);
}

function merge(into: BlockScore, from: BlockScore) {
  for (const [c, v] of from.votes) into.votes.set(c, (into.votes.get(c) ?? 0) + v);
  for (const [c, w] of from.strongest) into.strongest.set(c, Math.max(into.strongest.get(c) ?? 0, w));
  into.evidence.push(...from.evidence);
  into.verdicts.push(...from.verdicts);
  into.peak = Math.max(into.peak, from.peak);
}

function scoreDef(s: Statement, scope: Scope, comments: ReadonlyMap<number, string>): Verdict {
  const name = s.def?.name ?? "";
  const inner = scope.child();
  // Parameters shadow notebook variables of the same name: `def evaluate(model)` is any model.
  for (const p of s.def?.params ?? []) inner.define(p, { kind: "var", category: null, cell: scope.cell });
  const body = scoreBlock(s.body, inner, comments);
  if (/^test/.test(name) && walk(s.body).some((b) => b.kind === "assert")) {
    return {
      category: "testing",
      weight: 3,
      evidence: [{ category: "testing", weight: 3, signal: `test function \`${name}\`` }],
    };
  }
  const decorated = decide(s.decorators.flatMap((d) => decoratorEvidence(d, scope)));
  if (decorated.category && decorated.weight >= 3) return decorated;
  let hint = functionNameHint(name);
  // `plot_image(i, predictions_array, true_label)`: a plot of a model's outputs evaluates it.
  if (hint[0] === "data_exploration" && (s.def?.params ?? []).some((p) => RESULT_NAME.test(p)))
    hint = ["model_evaluation"];
  if (hint.length > 0) {
    // A name with two readings (`predict`: evaluation or serving) is settled by the body.
    const category = hint.reduce((best, c) => ((body.votes.get(c) ?? 0) > (body.votes.get(best) ?? 0) ? c : best));
    const evidence = [
      { category, weight: 2, signal: `function \`${name}\`` },
      ...body.evidence.filter((e) => e.category === category),
    ];
    return { category, weight: 2, evidence };
  }
  const fromCode = fromBody(body);
  // A framework decorator (`@dsl.component`, `@task`) is the last hint for an opaque function.
  return fromCode.category || !decorated.category ? fromCode : decorated;
}

function fromBody(body: BlockScore): Verdict {
  const category = winner(body.votes);
  if (!category) return { category: null, weight: 0, evidence: [] };
  return {
    category,
    weight: body.strongest.get(category) ?? 0,
    evidence: body.evidence.filter((e) => e.category === category),
  };
}

function scoreClass(s: Statement, scope: Scope, comments: ReadonlyMap<number, string>): Verdict {
  const name = s.cls?.name ?? "";
  const body = scoreBlock(s.body, scope.child(), comments);
  // A framework's class decorator says what the class is for, as a function's does
  // (`@serve.deployment` makes Ray Serve replicas of it: serving).
  const decorated = decide(s.decorators.flatMap((d) => decoratorEvidence(d, scope)));
  if (decorated.category && decorated.weight >= 3) return decorated;
  const evidence: Evidence[] = [];
  for (const base of s.cls?.bases ?? []) {
    const [root = "", ...rest] = base.split(".");
    const modulePath = scope.module(root);
    const hit = modulePath !== undefined ? matchApi(dottedName(modulePath, rest)) : null;
    const last = base.split(".").at(-1) ?? base;
    const known = hit ? ([hit.category, hit.weight] as const) : CLASS_BASES[last];
    if (!known) continue;
    // A scikit-learn base class says little: the name tells a model from a transformer.
    const sklearnBase = /TransformerMixin|BaseEstimator/.test(last);
    const category =
      sklearnBase && isModelName(name) && !/Transformer/.test(name)
        ? "model_training"
        : sklearnBase && isFeatureName(name)
          ? "feature_engineering"
          : known[0];
    evidence.push({ category, weight: known[1], signal: `class \`${name}(${base})\`` });
  }
  if (evidence.length > 0) return decide(evidence);
  const hint = functionNameHint(name)[0];
  if (hint)
    return { category: hint, weight: 2, evidence: [{ category: hint, weight: 2, signal: `class \`${name}\`` }] };
  return fromBody(body);
}
