import type { TNotebookStep } from "../validation/notebooks";
import { getStepCategory, phaseOf, stepCategoryOf, type StepCategoryId } from "./taxonomy";
import type { ClassifiedCell } from "./classify-notebook";
import type { ParsedCell } from "./types";

// Consecutive code cells become pipeline steps. A new step starts at a new markdown
// section, at a change of category, and at a `step:<name>` tag. A tagged step goes on, like
// a Kale block, until the next tag. `other` cells join the step they sit in rather than
// breaking it; empty and comment-only cells never start a step; skipped cells are in no step.

type Draft = {
  name: string | null;
  section: number;
  sectionTitle: string | null;
  cells: { index: number; category: StepCategoryId }[];
  /** The categories of its cells other than `other`, kept as cells join (not recounted per cell: 10,000 cells). */
  categories: Set<StepCategoryId>;
};

export function groupSteps(cells: readonly ParsedCell[], classified: readonly ClassifiedCell[]): TNotebookStep[] {
  const drafts: Draft[] = [];
  let section = 0;
  let current: Draft | null = null;
  cells.forEach((cell, i) => {
    const result = classified[i];
    if (!result) return;
    if (cell.type !== "code") {
      if (cell.type === "markdown" && /^\s{0,3}#{1,6}\s|<h[1-6]|\n\s{0,3}(=+|-+)\s*$/m.test(cell.source)) section++;
      return;
    }
    if (cell.title) section++;
    if (cell.skipped || result.category === "documentation") return;
    // An empty or comment-only cell joins the step it sits in, and is left out before any step.
    if (result.trivial && !(current && (current.section === section || current.name !== null))) return;
    const category = result.category;
    const joinsNamed = current?.name !== null && current !== null && !cell.stepName;
    const sameRun =
      current !== null && current.section === section && (category === "other" || onlyOf(current.categories, category));
    if (cell.stepName || !current || !(joinsNamed || sameRun)) {
      current = { name: cell.stepName, section, sectionTitle: result.section, cells: [], categories: new Set() };
      drafts.push(current);
    }
    current.cells.push({ index: cell.index, category });
    if (category !== "other") current.categories.add(category);
  });
  return drafts.map(toStep);
}

/** Every category in `categories` is `category` (or there is none). */
const onlyOf = (categories: ReadonlySet<StepCategoryId>, category: StepCategoryId) =>
  categories.size === 0 || (categories.size === 1 && categories.has(category));

function toStep(draft: Draft): TNotebookStep {
  const category = stepCategoryOf(draft.cells.map((c) => c.category));
  return {
    title: draft.name ?? draft.sectionTitle ?? getStepCategory(category).label,
    category,
    phase: phaseOf(category),
    cellIndexes: draft.cells.map((c) => c.index),
  };
}
