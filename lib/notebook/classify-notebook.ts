import type { StepCategoryId } from "./taxonomy";
import { classifyWithLearning, type CellClassification, type ClassifyOptions } from "./classify";
import type { CellFeatures } from "./cell-features";
import { shippedLearnedModel, type LearnedModel } from "./learned-model";
import type { ClassifierContext, Heading, SymbolInfo } from "./classify-context";
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
  const title = notebookTitle(cells);
  const out: ClassifiedCell[] = [];
  const features: (CellFeatures | null)[] = [];

  for (const cell of cells) {
    if (cell.type === "markdown") {
      const found = markdownHeadings(cell.source);
      // The same object as context.title, so the classifier can leave it out.
      if (title && cell === cells[0]) found[0] = title;
      for (const h of found) headings = pushHeading(headings, h);
    }
    if (cell.title) headings = pushHeading(headings, { text: cell.title, level: TITLE_LEVEL });
    const context: ClassifierContext = { aliases, symbols, headings, title, previous, writtenDirs };
    const { result, learned, features: seen } = classifyWithLearning(cell, context, options);
    out.push({ ...result, section: headings.at(-1)?.text ?? null });
    features.push(seen);
    if (cell.type !== "code") continue;
    for (const [alias, path] of learned.aliases) {
      aliases.set(alias, path);
      symbols.delete(alias);
    }
    for (const [name, info] of learned.symbols) {
      symbols.set(name, info);
      aliases.delete(name);
    }
    if (learned.writtenDir) writtenDirs.set(learned.writtenDir[0], learned.writtenDir[1]);
    previous = { index: cell.index, category: result.category, touched: learned.touched };
  }
  return { rules: out, features };
}

/**
 * The learned layer's say. On notebooks it never saw it is right less often than the rules
 * where they disagree (leave-one-out, lib/notebook/corpus/EVALUATION.md), so it overrides
 * them only when it is sure; otherwise the rules' category stands and the model's
 * probability for it is the confidence (the model reads the rules' verdict, so that is how
 * often a verdict like this one was right in training).
 */
function combine(cell: ClassifiedCell, model: LearnedModel, features: CellFeatures): ClassifiedCell {
  // A category the model never saw in training (e.g. `testing`) stays with the rules.
  if (cell.category === "documentation" || !model.spec.classes.includes(cell.category)) return cell;
  const { category, confidence, probabilities } = model.predict(features);
  if (category !== cell.category && confidence >= MODEL_OVERRIDE) {
    const why = `learned layer → ${category} (${Math.round(confidence * 100)} %; the rules said ${cell.category})`;
    return { ...cell, category, confidence: round(confidence), signals: [why] };
  }
  return { ...cell, confidence: round(probabilities.get(cell.category) ?? 0) };
}

/** How sure the learned layer must be to overrule the rules. */
const MODEL_OVERRIDE = 0.75;
const round = (x: number) => Math.round(x * 100) / 100;

/** A level-1 heading in the first cell is the notebook's title. */
function notebookTitle(cells: readonly ParsedCell[]): Heading | null {
  const first = cells[0];
  if (first?.type !== "markdown") return null;
  const heading = markdownHeadings(first.source)[0];
  return heading?.level === 1 ? heading : null;
}
