import type { TImportStep } from "../validation/notebook-import";
import { stepCategoryOf, type StepCategoryId } from "./taxonomy";

// The import preview's edits, pure: the user re-labels cells and moves step boundaries;
// a step's category always follows from the cells it holds, and its phase from the category.

export type PreviewStep = { title: string; cellIndexes: number[] };
export type CellCategories = ReadonlyMap<number, StepCategoryId>;

/** The step's category from its cells' current categories, by the analysis's own rule (stepCategoryOf). */
export function dominantCategory(cellIndexes: readonly number[], categories: CellCategories): StepCategoryId {
  return stepCategoryOf(cellIndexes.map((index) => categories.get(index) ?? "other"));
}

/** Splits step `stepIndex` so that its cell at `position` starts a new step. */
export function splitStep(
  steps: readonly PreviewStep[],
  stepIndex: number,
  position: number,
  newTitle: string,
): PreviewStep[] {
  const step = steps[stepIndex];
  if (!step || position <= 0 || position >= step.cellIndexes.length) return [...steps];
  return [
    ...steps.slice(0, stepIndex),
    { title: step.title, cellIndexes: step.cellIndexes.slice(0, position) },
    { title: newTitle, cellIndexes: step.cellIndexes.slice(position) },
    ...steps.slice(stepIndex + 1),
  ];
}

/** Joins step `stepIndex` onto the one before it, keeping the earlier title. */
export function mergeWithPrevious(steps: readonly PreviewStep[], stepIndex: number): PreviewStep[] {
  const previous = steps[stepIndex - 1];
  const step = steps[stepIndex];
  if (!previous || !step) return [...steps];
  return [
    ...steps.slice(0, stepIndex - 1),
    { title: previous.title, cellIndexes: [...previous.cellIndexes, ...step.cellIndexes] },
    ...steps.slice(stepIndex + 1),
  ];
}

export function renameStep(steps: readonly PreviewStep[], stepIndex: number, title: string): PreviewStep[] {
  return steps.map((step, i) => (i === stepIndex ? { ...step, title } : step));
}

/** What the import endpoint receives. */
export function toImportSteps(steps: readonly PreviewStep[], categories: CellCategories): TImportStep[] {
  return steps
    .filter((step) => step.cellIndexes.length > 0)
    .map((step) => ({
      title: step.title.trim() || "Untitled step",
      category: dominantCategory(step.cellIndexes, categories),
      cellIndexes: step.cellIndexes,
    }));
}
