import { classifyNotebook } from "./classify-notebook";
import { parseNotebook } from "./parse";
import { groupSteps, type Step } from "./steps";
import type { Phase } from "../pipeline/types";
import { phaseOf, type CellCategory } from "./taxonomy";
import type { CellType, NotebookFormat, ParsedNotebook } from "./types";

// The notebook analysis as the CLI and the API return it. Sources are not part of it (a
// notebook can be large and private); notebookPreview gives them to the UI separately.

export type CellAnalysis = {
  index: number;
  type: CellType;
  category: CellCategory;
  confidence: number;
  signals: string[];
  phase: Phase;
  section: string | null;
};

export type NotebookAnalysis = {
  format: NotebookFormat;
  nbformat: string | null;
  cells: CellAnalysis[];
  steps: Step[];
};

const SKIPPED_SIGNAL = "tag `skip` → not part of any step";

/** Parses and analyses an uploaded notebook; throws NotebookError for unusable files. */
export function analyzeNotebook(bytes: Uint8Array, filename: string): NotebookAnalysis {
  return analyzeParsed(parseNotebook(bytes, filename));
}

export function analyzeParsed(notebook: ParsedNotebook): NotebookAnalysis {
  // A script without cells is one program: it is classified by what the program is for.
  const classified = classifyNotebook(notebook.cells, { script: notebook.format === "py" });
  const cells = notebook.cells.map((cell, i): CellAnalysis => {
    const result = classified[i] ?? { category: "other", confidence: 0, signals: [], section: null };
    return {
      index: cell.index,
      type: cell.type,
      category: result.category,
      confidence: result.confidence,
      signals: cell.skipped ? [...result.signals, SKIPPED_SIGNAL] : result.signals,
      phase: phaseOf(result.category),
      section: result.section,
    };
  });
  return { format: notebook.format, nbformat: notebook.nbformat, cells, steps: groupSteps(notebook.cells, classified) };
}

export type CellPreview = { index: number; type: CellType; source: string; tags: string[]; skipped: boolean };

/** The cells' sources for the UI preview, in the same order and with the same indexes. */
export function notebookPreview(bytes: Uint8Array, filename: string): CellPreview[] {
  return parseNotebook(bytes, filename).cells.map(({ index, type, source, tags, skipped }) => ({ index, type, source, tags, skipped }));
}
