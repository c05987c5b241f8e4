import { scoreBlock, voteWeight, winner, type BlockScore } from "./block-scoring";
import type { CellCategory, StepCategoryId } from "./taxonomy";
import { emptyContext, Scope, type ClassifierContext, type Heading, type SymbolInfo } from "./classify-context";
import { displayVerdict, isDisplayOnly } from "./display-rule";
import type { CellMagic } from "./ipython-lines";
import { checkNesting } from "./nesting-limit";
import type { Lexed } from "./python-lexer";
import { parseStatements, walk, type Statement } from "./python-statements";
import { plottedResults, relabel } from "./result-plots";
import { shownSummarySql, sqlSignal } from "./signals-shell";
import { CONFIG_NAME, headingCategory } from "./signals-text";
import type { Evidence } from "./statement-evidence";
import { cellFeatures, type CellFeatures } from "./cell-features";
import type { ParsedCell } from "./types";
import { classifyWrittenFile, dirOf, scriptPurpose, writefileTarget } from "./written-file";

// One cell → one category. Markdown and raw cells are documentation; a code cell is what
// most of its lines do (block-scoring.ts), nudged by the heading it sits under; cells with
// nothing to go on fall back to the corpus conventions: a display of an earlier result takes
// that result's step, constants are setup, empty and comment-only cells are other.

type Cat = StepCategoryId;
export type CellClassification = {
  category: CellCategory;
  confidence: number;
  signals: string[];
  /** Empty or only comments: nothing to do, so such a cell never makes a step of its own. */
  trivial?: boolean;
};
/** What a classified cell teaches the context for the cells after it. */
export type Learned = {
  aliases: ReadonlyMap<string, string>;
  symbols: ReadonlyMap<string, SymbolInfo>;
  touched: ReadonlySet<string>;
  writtenDir: readonly [string, Cat] | null;
};

/** A heading is worth this many lines of code; a heading further up counts less. */
const HEADING_VOTE = 0.8;
const PARENT_HEADING_VOTE = 0.5;
const MAX_SIGNALS = 6;
const NOTHING: Learned = { aliases: new Map(), symbols: new Map(), touched: new Set(), writtenDir: null };
/** Cell magics whose body is for display or another language, not ML work. */
const NON_CODE_MAGICS = new Set(["html", "HTML", "javascript", "js", "latex", "markdown", "md", "svg", "perl", "ruby"]);

/** A classified cell, what it teaches the cells after it, and what the learned layer sees of it. */
export type Classified = {
  result: CellClassification;
  learned: Learned;
  features: CellFeatures | null;
  /** What forward-flow.ts needs of the cell (null for cells that are not code). */
  flow: CellReads | null;
};
/**
 * The earlier cells whose names a code cell reads, and whether it is a setup cell of a step's
 * constants or objects, whose step its readers say (forward-flow.ts).
 */
export type CellReads = { reads: readonly number[]; constants: boolean; uses: readonly number[] };

export type ClassifyOptions = {
  /** The cell is a whole script (a .py without cells): it is what the script is for. */
  script?: boolean;
};

export function classifyCell(
  cell: ParsedCell,
  context: ClassifierContext = emptyContext(),
  options: ClassifyOptions = {},
): CellClassification {
  return classifyWithLearning(cell, context, options).result;
}

export function classifyWithLearning(
  cell: ParsedCell,
  context: ClassifierContext,
  options: ClassifyOptions = {},
): Classified {
  if (cell.type !== "code")
    return {
      result: { category: "documentation", confidence: 1, signals: [`${cell.type} cell`] },
      learned: NOTHING,
      features: null,
      flow: null,
    };
  const { statements, lexed, nesting } = parseStatements(cell.source);
  checkNesting(nesting, cell.index);
  if (lexed.codeLines === 0) {
    const commented = lexed.comments.length > 0;
    const signal = commented ? "only comments" : "empty cell";
    return {
      result: { category: "other", confidence: commented ? 0.75 : 0.95, signals: [signal], trivial: true },
      learned: NOTHING,
      features: null,
      flow: null,
    };
  }
  const scope = new Scope(context, cell.index);
  const comments = commentsByLine(lexed);
  const block = scoreBlock(statements, scope, comments);
  const read: ReadCell = { statements, lexed, scope, context };
  const magic = lexed.cellMagic;
  const magicResult = magic
    ? magicEvidence(magic, block, lexed.codeLines, context, cell.index)
    : { writtenDir: null, display: false };
  const writtenDir = magicResult.writtenDir;
  if (magic && magicResult.display && block.votes.size === 0) {
    return seen(
      read,
      "magic",
      done({ category: "other", confidence: 0.6, signals: [`\`%%${magic.name}\` output`] }, scope, block, null),
      block.votes,
    );
  }

  if (options.script) {
    const purpose = scriptPurpose(block, "");
    if (purpose)
      return seen(
        read,
        "script",
        done(
          { category: purpose.category, confidence: 0.7, signals: [`script for ${purpose.category}: ${purpose.why}`] },
          scope,
          block,
          null,
        ),
        block.votes,
      );
  }
  if (!magic && isDisplayOnly(statements, strongestOf(block))) {
    const shown = displayVerdict(statements, scope, previousStep(context));
    if (shown)
      return seen(
        read,
        "display",
        done({ category: shown.category, confidence: 0.6, signals: [shown.signal] }, scope, block, writtenDir, true),
        block.votes,
      );
  }
  // A cell of imports only is setup under any heading (the corpus convention): the heading
  // names the step the libraries are for, not what the cell does.
  const heading = statements.every((s) => s.kind === "import") ? null : headingVote(context);
  if (block.votes.size === 0)
    return seen(read, "fallback", done(fallback(statements, heading, scope), scope, block, writtenDir), block.votes);
  const plotted = block.votes.has("data_exploration") ? plottedResults(statements, scope) : null;
  if (plotted)
    relabel(
      block,
      "data_exploration",
      plotted,
      plotted === "hyperparameter_tuning" ? "plots the search" : "plots model results",
    );
  // A copy only to add the heading's vote to: the block's own votes stay as the rules found them.
  const votes = heading ? new Map(block.votes) : block.votes;
  if (heading) votes.set(heading.category, (votes.get(heading.category) ?? 0) + heading.vote);
  const category = winner(votes) ?? "other";
  const signals = signalsFor(category, block.evidence, heading);
  return seen(
    read,
    "votes",
    done({ category, confidence: confidence(votes, category), signals }, scope, block, writtenDir),
    votes,
  );
}

/** Each comment's text by its line (no pair arrays: this runs for every code cell). */
function commentsByLine(lexed: Lexed): Map<number, string> {
  const byLine = new Map<number, string>();
  for (const c of lexed.comments) byLine.set(c.line, c.text);
  return byLine;
}

/** The strongest evidence in the block: its peak, or a category's strongest (a def's verdict). */
function strongestOf(block: BlockScore): number {
  let strongest = block.peak;
  for (const w of block.strongest.values()) strongest = Math.max(strongest, w);
  return strongest;
}

/** A code cell as parsed, for what the learned layer sees of it. */
type ReadCell = { statements: readonly Statement[]; lexed: Lexed; scope: Scope; context: ClassifierContext };

/** What the learned layer sees: the cell's tokens and how the rules decided. */
function seen(
  cell: ReadCell,
  route: string,
  out: { result: CellClassification; learned: Learned },
  votes: ReadonlyMap<Cat, number>,
): Classified {
  const { context } = cell;
  const category = out.result.category === "documentation" ? "other" : out.result.category;
  const heading = context.headings.filter((h) => h !== context.title).at(-1)?.text ?? null;
  const previous = context.previous?.category ?? null;
  const rules = { route, category, votes, heading, previous };
  const reads: number[] = [];
  const uses: number[] = [];
  const features = cellFeatures(cell.statements, cell.lexed, cell.scope, rules, reads, uses);
  const constants =
    out.result.category === "setup" &&
    (cell.statements.every(isStepConstant) || makesObjectsOnly(cell.statements, cell.scope));
  return { result: out.result, learned: out.learned, features, flow: { reads, constants, uses } };
}

/**
 * `k = 5`, `prompt = """…"""`: a constant that may be a step's parameter. Names of resources
 * and paths (`BUCKET_NAME`, `MODEL_DIR`) are setup whoever reads them (the corpus convention).
 */
function isStepConstant(s: Statement): boolean {
  return s.kind === "assign" && s.literal && s.targets.every((t) => !CONFIG_NAME.test(t.root));
}

/** Calls that start an experiment or a run, whose log the later cells write to. */
const TRACKING_STARTS = new Set(["Experiment", "start_logging", "start_run", "set_experiment"]);

/**
 * `env = Environment(…)`, `aks_target = ComputeTarget.create(…)`: a cell that only makes
 * objects (no imports, shell, environment variables, resource names or paths), which the
 * cells that use them say the purpose of.
 */
function makesObjectsOnly(statements: readonly Statement[], scope: Scope): boolean {
  let made = false;
  for (const s of walk(statements)) {
    if (s.kind === "import" || s.shell || s.magic || s.def || s.cls) return false;
    // An experiment or a tracking run is set-up whoever reads it (the corpus convention).
    if (s.calls.some((c) => TRACKING_STARTS.has(c.path.at(-1) ?? c.root ?? ""))) return false;
    for (const t of s.targets) {
      if (CONFIG_NAME.test(t.root) || scope.module(t.root) !== undefined) return false;
      made = true;
    }
  }
  return made;
}

/**
 * A cell magic's own evidence: the file a %%writefile writes, a %%sql query, %%ipytest.
 * Returns the folder written to (files next to it belong together) and whether the
 * magic only displays something.
 */
function magicEvidence(
  magic: CellMagic,
  block: BlockScore,
  lines: number,
  context: ClassifierContext,
  cellIndex: number,
): { writtenDir: readonly [string, Cat] | null; display: boolean } {
  if (magic.name === "writefile" || magic.name === "file") {
    const path = writefileTarget(magic.args);
    const file = classifyWrittenFile(
      path,
      magic.body,
      (source) => scoreStandalone(source, cellIndex),
      context.writtenDirs,
    );
    if (!file.category) return { writtenDir: null, display: false };
    addEvidence(block, { category: file.category, weight: file.weight, signal: file.signal }, lines);
    return { writtenDir: dirOf(path) ? [dirOf(path), file.category] : null, display: false };
  }
  if (/^(sql|bigquery|sparksql)$/i.test(magic.name)) {
    const sql = shownSummarySql(magic.args, magic.body) ??
      sqlSignal(magic.body) ?? { category: "data_ingestion" as const, weight: 2, what: "SQL query" };
    addEvidence(
      block,
      { category: sql.category, weight: sql.weight, signal: `\`%%${magic.name}\` ${sql.what}` },
      lines,
    );
  } else if (magic.name === "ipytest") {
    addEvidence(block, { category: "testing", weight: 3, signal: "`%%ipytest`" }, lines);
  }
  return { writtenDir: null, display: NON_CODE_MAGICS.has(magic.name) };
}

/** Scores a written script on its own, as the program it is (no notebook context). */
function scoreStandalone(source: string, cellIndex: number): BlockScore {
  const { statements, lexed, nesting } = parseStatements(source);
  checkNesting(nesting, cellIndex);
  return scoreBlock(statements, new Scope(emptyContext(), -1), commentsByLine(lexed));
}

function addEvidence(block: BlockScore, e: Evidence, lines: number) {
  block.votes.set(e.category, (block.votes.get(e.category) ?? 0) + lines * voteWeight(e.weight));
  block.strongest.set(e.category, Math.max(block.strongest.get(e.category) ?? 0, e.weight));
  block.evidence.unshift(e);
}

function previousStep(context: ClassifierContext): Cat | null {
  const previous = context.previous?.category;
  return previous && previous !== "documentation" ? previous : null;
}

type HeadingVote = { category: Cat; vote: number; text: string };

/** Each heading's category, read once rather than once per code cell under it (its rules are many regexes). */
const headingCategories = new WeakMap<Heading, Cat | null>();

function categoryOfHeading(h: Heading): Cat | null {
  let category = headingCategories.get(h);
  if (category === undefined) headingCategories.set(h, (category = headingCategory(h.text)));
  return category;
}

/** The nearest heading that names a kind of work (the notebook's title names the whole notebook, not a step). */
function headingVote(context: ClassifierContext): HeadingVote | null {
  const stack = context.headings.filter((h) => h !== context.title);
  for (let i = stack.length - 1; i >= 0; i--) {
    const h = stack[i];
    const category = h ? categoryOfHeading(h) : null;
    if (h && category)
      return { category, vote: i === stack.length - 1 ? HEADING_VOTE : PARENT_HEADING_VOTE, text: h.text };
  }
  return null;
}

function fallback(statements: readonly Statement[], heading: HeadingVote | null, scope: Scope): CellClassification {
  const all = walk(statements);
  // An expression that uses nothing the notebook made (`os.getcwd()`, a literal) is scratch work.
  const usesNotebook = all.some((s) => s.kind !== "expr" || s.names.some((n) => scope.symbol(n) !== undefined));
  if (!usesNotebook) return { category: "other", confidence: 0.4, signals: ["uses nothing from the notebook"] };
  // The corpus convention: constants are setup, whatever section they sit in.
  if (all.every((s) => s.kind === "assign" && s.literal))
    return { category: "setup", confidence: 0.5, signals: ["constants"] };
  if (heading) return { category: heading.category, confidence: 0.4, signals: [`heading “${heading.text}”`] };
  return { category: "other", confidence: 0.3, signals: ["no recognisable ML work"] };
}

function signalsFor(category: Cat, evidence: readonly Evidence[], heading: HeadingVote | null): string[] {
  const mine = evidence.filter((e) => e.category === category).sort((a, b) => b.weight - a.weight);
  // The first MAX_SIGNALS distinct signals, each text made once.
  const signals: string[] = [];
  const shown = new Set<string>();
  for (const e of mine) {
    if (signals.length === MAX_SIGNALS) break;
    if (shown.has(e.signal)) continue;
    shown.add(e.signal);
    signals.push(`${e.signal} → ${category}`);
  }
  if (heading?.category === category && signals.length < MAX_SIGNALS)
    signals.push(`heading “${heading.text}” → ${category}`);
  return signals;
}

/** How clearly the winner beat the runner-up, and how much evidence there was at all. */
function confidence(votes: ReadonlyMap<Cat, number>, category: Cat): number {
  const top = votes.get(category) ?? 0;
  let second = 0;
  for (const [c, v] of votes) if (c !== category) second = Math.max(second, v);
  if (top <= 0) return 0.3;
  const margin = (top - second) / top;
  const amount = 1 - Math.exp(-top / 1.5);
  return round(clamp(0.25 + 0.75 * margin * amount));
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 100) / 100;

function done(
  result: CellClassification,
  scope: Scope,
  block: BlockScore,
  writtenDir: readonly [string, Cat] | null,
  displayed = false,
): { result: CellClassification; learned: Learned } {
  const cellCategory: Cat | null = result.category === "documentation" ? null : result.category;
  const symbols = new Map<string, SymbolInfo>();
  for (const [name, info] of scope.localSymbols)
    symbols.set(name, info.category ? info : { ...info, category: cellCategory });
  const touched = new Set<string>();
  for (const { statement } of block.verdicts) {
    for (const t of statement.targets) touched.add(t.root);
    for (const call of statement.calls) if (call.root && call.path.length > 0) touched.add(call.root);
    // A display passes its names on, so a chain of displays stays with the step that made them.
    if (displayed) for (const name of statement.names) touched.add(name);
  }
  return { result, learned: { aliases: scope.localAliases, symbols, touched, writtenDir } };
}
