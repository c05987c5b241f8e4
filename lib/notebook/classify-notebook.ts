import type { StepCategoryId } from "./taxonomy";
import { classifyWithLearning, type CellClassification, type CellReads, type ClassifyOptions } from "./classify";
import { DISPLAY_ROUTE, ruleVoteFeature, type CellFeatures } from "./cell-features";
import { shippedLearnedModel, softmaxInPlace, type LearnedModel } from "./learned-model";
import type { ClassifierContext, Heading, SymbolInfo } from "./classify-context";
import { constantsByReaders, requestsByReaders } from "./forward-flow";
import { markdownHeadings, pushHeading } from "./headings";
import type { ParsedCell } from "./types";

// Runs the classifier down a notebook, carrying the context from cell to cell: headings
// from markdown cells (and percent-format titles), imports, variables and functions. The
// rules go first, all the way down (the context they carry is theirs alone, so the learned
// layer sees the same features in training and in use); then the learned layer
// (learned-model.ts) reads each code cell's tokens and the rules' verdict and gives the
// category and its probability as the confidence.

export type ClassifiedCell = CellClassification & { section: string | null };
export type NotebookOptions = ClassifyOptions & {
  /** The learned layer; null for the rules alone; the shipped model/weights.json when left out. */
  model?: LearnedModel | null;
};

/** A percent-format title sits below every markdown heading level. */
const TITLE_LEVEL = 7;

export function classifyNotebook(cells: readonly ParsedCell[], options: NotebookOptions = {}): ClassifiedCell[] {
  const model = options.model === undefined ? shippedLearnedModel() : options.model;
  return withModel(classifyByRules(cells, options), model);
}

/** The learned layer applied to the rules' answers (null: the rules' answers as they are). */
export function withModel(
  byRules: { rules: readonly ClassifiedCell[]; features: readonly (CellFeatures | null)[] },
  model: LearnedModel | null,
): ClassifiedCell[] {
  return byRules.rules.map((cell, i) => {
    const f = byRules.features[i];
    return f && model ? combine(cell, model, f) : cell;
  });
}

/** The rules' answer for each cell, with the features the learned layer reads (null: not for it). */
export function classifyByRules(
  cells: readonly ParsedCell[],
  options: ClassifyOptions = {},
): { rules: ClassifiedCell[]; features: (CellFeatures | null)[] } {
  const aliases = new Map<string, string>();
  const symbols = new Map<string, SymbolInfo>();
  const writtenDirs = new Map<string, StepCategoryId>();
  let headings: Heading[] = [];
  let previous: ClassifierContext["previous"] = null;
  const { title, titleCell } = notebookTitle(cells);
  const out: ClassifiedCell[] = [];
  const features: (CellFeatures | null)[] = [];
  const flows: (CellReads | null)[] = [];

  for (const cell of cells) {
    if (cell.type === "markdown") {
      const found = markdownHeadings(cell.source);
      // The same object as context.title, so the classifier can leave it out.
      if (title && cell === titleCell) found[0] = title;
      for (const h of found) headings = pushHeading(headings, h);
    }
    if (cell.title) headings = pushHeading(headings, { text: cell.title, level: TITLE_LEVEL });
    const context: ClassifierContext = { aliases, symbols, headings, title, previous, writtenDirs };
    const { result, learned, features: seen, flow } = classifyWithLearning(cell, context, options);
    out.push(withSection(result, headings.at(-1)?.text ?? null));
    features.push(seen);
    flows.push(flow);
    if (cell.type !== "code") continue;
    for (const [alias, path] of learned.aliases) {
      aliases.set(alias, path);
      symbols.delete(alias);
    }
    for (const [name, info] of learned.symbols) {
      // The cells that read a step's constants say its step (forward-flow.ts).
      symbols.set(name, flow?.constants ? { ...info, constant: true } : info);
      aliases.delete(name);
    }
    if (learned.writtenDir) writtenDirs.set(learned.writtenDir[0], learned.writtenDir[1]);
    previous = { index: cell.index, category: result.category, touched: learned.touched };
  }
  constantsByReaders(out, features, flows);
  requestsByReaders(out, features, flows);
  return { rules: out, features };
}

/**
 * The rules and the learned layer, combined log-linearly: the model's probability for each
 * category times e^(share of the rules' votes + ½ for the rules' winner), normalised — that
 * is the softmax of the model's logits plus those rule terms, computed in one flat array. On
 * notebooks it never saw the model alone is about as good as the rules and wrong on other
 * cells, so together they beat either (leave-one-out, lib/notebook/corpus/EVALUATION.md).
 * The combined probability of the answer is the cell's confidence.
 */
function combine(cell: ClassifiedCell, model: LearnedModel, features: CellFeatures): ClassifiedCell {
  const classes = model.spec.classes;
  // A category the model never saw in training (e.g. `testing`) stays with the rules.
  if (cell.category === "documentation") return cell;
  const ruled = classes.indexOf(cell.category);
  if (ruled < 0) return cell;
  const p = model.logits(features);
  for (let k = 0; k < p.length; k++)
    p[k]! += RULE_WEIGHT * ((features.get(ruleVoteFeature(classes[k]!)) ?? 0) + (k === ruled ? RULE_WINNER_BONUS : 0));
  softmaxInPlace(p);
  let best = ruled;
  for (let k = 0; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  // Overruling the rules takes a majority: a 36 % guess against a test function is no answer.
  // A display the rules read as a look at the data (`df.head()`, `X.shape` of what the previous
  // cell made) has no words of its own for the model to read: that answer stands, at the
  // model's confidence (leave-one-out, the model overruled 16 such cells: 1 right, 5 wrong).
  if (p[best]! < MIN_OVERRULE || (cell.category === "data_exploration" && features.has(DISPLAY_ROUTE))) best = ruled;
  const confidence = round(p[best]!);
  if (best === ruled)
    return withSection(
      { category: cell.category, confidence, signals: cell.signals, trivial: cell.trivial },
      cell.section,
    );
  const category = classes[best]!;
  const why = `learned layer → ${category} (${Math.round(confidence * 100)} %; the rules said ${cell.category})`;
  const signals = [why, ...cell.signals.filter((s) => s.endsWith(`→ ${category}`))];
  return withSection({ category, confidence, signals, trivial: cell.trivial }, cell.section);
}

/**
 * `{ ...result, section }`, keys in the same order, built field by field: results come in
 * several shapes (`trivial` or not), and spreading such objects takes V8's slow generic copy
 * (it showed in bench:notebook).
 */
function withSection(result: CellClassification, section: string | null): ClassifiedCell {
  const { category, confidence, signals, trivial } = result;
  return trivial === undefined
    ? { category, confidence, signals, section }
    : { category, confidence, signals, trivial, section };
}

/** How much the rules' votes count against the model's log-probabilities (tuned by leave-one-out). */
const RULE_WEIGHT = 1;
const RULE_WINNER_BONUS = 0.5;
const MIN_OVERRULE = 0.5;
const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The notebook's title: its first heading, when that is level 1 and comes before any code.
 * Notebooks often open with a badge or credits cell ("Open in Colab", "prepared by …") above
 * the title, so the first cell with a heading counts, not only the first cell.
 */
function notebookTitle(cells: readonly ParsedCell[]): { title: Heading | null; titleCell: ParsedCell | null } {
  for (const cell of cells) {
    if (cell.type === "code") break;
    if (cell.type !== "markdown") continue;
    const heading = markdownHeadings(cell.source)[0];
    if (heading) return heading.level === 1 ? { title: heading, titleCell: cell } : { title: null, titleCell: null };
  }
  return { title: null, titleCell: null };
}
