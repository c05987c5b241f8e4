import type { TImportData, TImportLink, TImportStep } from "../validation/notebook-import";
import type { CellFlow } from "./cell-flow";
import { needsReview } from "./confidence";
import { linkLabel, stepFlow } from "./step-flow";
import { stepCategoryOf, type StepCategoryId } from "./taxonomy";

// The import preview's edits, pure: the user re-labels cells and moves step boundaries,
// merges whole sections or a selection, and skips steps (exercises, scratch); a step's
// category always follows from the cells it holds, and its phase from the category.

export type PreviewStep = { title: string; cellIndexes: number[]; skipped?: boolean };
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

/** Joins steps `from`..`to` (a selection: everything between its first and last step) into the first. */
export function mergeRange(steps: readonly PreviewStep[], from: number, to: number): PreviewStep[] {
  const [a, b] = [Math.max(0, Math.min(from, to)), Math.min(steps.length - 1, Math.max(from, to))];
  if (a >= b) return [...steps];
  const merged = steps.slice(a, b + 1);
  return [
    ...steps.slice(0, a),
    {
      title: merged[0]!.title,
      cellIndexes: merged.flatMap((s) => s.cellIndexes),
      skipped: merged.every((s) => s.skipped),
    },
    ...steps.slice(b + 1),
  ];
}

/** The run of consecutive steps around `stepIndex` whose first cell sits under the same heading. */
export function sectionRun(
  steps: readonly PreviewStep[],
  stepIndex: number,
  sectionOf: (cellIndex: number) => string | null,
): [from: number, to: number] {
  const section = (i: number) => sectionOf(steps[i]?.cellIndexes[0] ?? -1);
  const own = section(stepIndex);
  let [from, to] = [stepIndex, stepIndex];
  if (own === null) return [from, to];
  while (from > 0 && section(from - 1) === own) from--;
  while (to < steps.length - 1 && section(to + 1) === own) to++;
  return [from, to];
}

export function setSkipped(steps: readonly PreviewStep[], stepIndex: number, skipped: boolean): PreviewStep[] {
  return steps.map((step, i) => (i === stepIndex ? { ...step, skipped } : step));
}

/** The cells of the steps to import that the classifier was unsure of, in notebook order. */
export function lowConfidenceCells(steps: readonly PreviewStep[], confidence: ReadonlyMap<number, number>): number[] {
  return steps.flatMap((s) => (s.skipped ? [] : s.cellIndexes.filter((i) => needsReview(confidence.get(i) ?? 1))));
}

const imported = (steps: readonly PreviewStep[]) =>
  steps.filter((step) => step.cellIndexes.length > 0 && !step.skipped);

/** What the import endpoint receives: the steps not skipped. */
export function toImportSteps(steps: readonly PreviewStep[], categories: CellCategories): TImportStep[] {
  return imported(steps).map((step) => ({
    title: step.title.trim() || "Untitled step",
    category: dominantCategory(step.cellIndexes, categories),
    cellIndexes: step.cellIndexes,
  }));
}

/** The links between the imported steps (by their position in toImportSteps), from data flow. */
export function importFlow(
  steps: readonly PreviewStep[],
  flows: ReadonlyMap<number, CellFlow>,
): { links: TImportLink[]; data: TImportData[] } {
  const { links, data } = stepFlow(imported(steps), flows);
  return { links: links.map((l) => ({ source: l.source, target: l.target, label: linkLabel(l) })), data };
}
