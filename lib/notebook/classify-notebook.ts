import type { StepCategoryId } from "./taxonomy";
import { classifyWithLearning, type CellClassification, type ClassifyOptions } from "./classify";
import type { ClassifierContext, Heading, SymbolInfo } from "./classify-context";
import { markdownHeadings, pushHeading } from "./headings";
import type { ParsedCell } from "./types";

// Runs the classifier down a notebook, carrying the context from cell to cell: headings
// from markdown cells (and percent-format titles), imports, variables and functions.

export type ClassifiedCell = CellClassification & { section: string | null };

/** A percent-format title sits below every markdown heading level. */
const TITLE_LEVEL = 7;

export function classifyNotebook(cells: readonly ParsedCell[], options: ClassifyOptions = {}): ClassifiedCell[] {
  const aliases = new Map<string, string>();
  const symbols = new Map<string, SymbolInfo>();
  const writtenDirs = new Map<string, StepCategoryId>();
  let headings: Heading[] = [];
  let previous: ClassifierContext["previous"] = null;
  const title = notebookTitle(cells);
  const out: ClassifiedCell[] = [];

  for (const cell of cells) {
    if (cell.type === "markdown") {
      const found = markdownHeadings(cell.source);
      // The same object as context.title, so the classifier can leave it out.
      if (title && cell === cells[0]) found[0] = title;
      for (const h of found) headings = pushHeading(headings, h);
    }
    if (cell.title) headings = pushHeading(headings, { text: cell.title, level: TITLE_LEVEL });
    const context: ClassifierContext = { aliases, symbols, headings, title, previous, writtenDirs };
    const { result, learned } = classifyWithLearning(cell, context, options);
    out.push({ ...result, section: headings.at(-1)?.text ?? null });
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
  return out;
}

/** A level-1 heading in the first cell is the notebook's title. */
function notebookTitle(cells: readonly ParsedCell[]): Heading | null {
  const first = cells[0];
  if (first?.type !== "markdown") return null;
  const heading = markdownHeadings(first.source)[0];
  return heading?.level === 1 ? heading : null;
}
