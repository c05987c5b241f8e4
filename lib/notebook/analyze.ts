import { classifyNotebook } from "./classify-notebook";
import type { LearnedModel } from "./learned-model";
import { parseNotebook } from "./parse";
import { groupSteps } from "./steps";
import { workflowSteps, type WorkflowCells } from "./workflow-steps";
import type { TCellAnalysis, TNotebookAnalysis, TNotebookStep } from "../validation/notebooks";
import { phaseOf, stepCategoryOf } from "./taxonomy";
import type { ParsedNotebook } from "./types";

// The notebook analysis as the CLI and the API return it; its shape is the contract in
// lib/validation/notebooks.ts. Sources are not part of it (a notebook can be large and
// private): the API adds them for the import preview only when asked.

const SKIPPED_SIGNAL = "tag `skip` → not part of any step";

/** Parses and analyses an uploaded notebook; throws NotebookError for unusable files. */
export function analyzeNotebook(bytes: Uint8Array, filename: string, options: AnalyzeOptions = {}): TNotebookAnalysis {
  return analyzeParsed(parseNotebook(bytes, filename), options);
}

export type AnalyzeOptions = {
  /** The learned layer (null: the rules alone); the shipped weights when left out. */
  model?: LearnedModel | null;
};

export function analyzeParsed(notebook: ParsedNotebook, options: AnalyzeOptions = {}): TNotebookAnalysis {
  // A script without cells is one program: it is classified by what the program is for.
  const classified = classifyNotebook(notebook.cells, { script: notebook.format === "py", model: options.model });
  const cells = notebook.cells.map((cell, i): TCellAnalysis => {
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
  const fine = groupSteps(notebook.cells, classified);
  const workflowCells: WorkflowCells = new Map(
    cells.flatMap((c) =>
      c.category === "documentation" ? [] : [[c.index, { category: c.category, section: c.section }]],
    ),
  );
  // The default grouping is workflow-sized; `fineSteps` is the notebook's own, section by section.
  const tagged = notebook.cells.some((c) => c.stepName !== null);
  const steps = workflowSteps(fine, workflowCells, "medium", { tagged }).map((s) => stepOf(s, workflowCells));
  return { format: notebook.format, nbformat: notebook.nbformat, cells, steps, fineSteps: fine };
}

function stepOf(step: { title: string; cellIndexes: number[] }, cells: WorkflowCells): TNotebookStep {
  const category = stepCategoryOf(step.cellIndexes.map((i) => cells.get(i)?.category ?? "other"));
  return { title: step.title, category, phase: phaseOf(category), cellIndexes: step.cellIndexes };
}
