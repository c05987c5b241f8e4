import { describe, expect, it } from "vitest";
import type { StepCategoryId } from "./taxonomy";
import { dominantCategory, mergeWithPrevious, renameStep, splitStep, toImportSteps, type PreviewStep } from "./preview-edits";

const categories = new Map<number, StepCategoryId>([
  [1, "setup"],
  [2, "data_ingestion"],
  [3, "data_ingestion"],
  [5, "model_training"],
  [6, "model_evaluation"],
  [8, "serving"],
]);

const steps: PreviewStep[] = [
  { title: "Load", cellIndexes: [1, 2, 3] },
  { title: "Train", cellIndexes: [5, 6] },
  { title: "Serve", cellIndexes: [8] },
];

describe("preview edits", () => {
  it("takes the category most cells have, the later stage on a tie", () => {
    expect(dominantCategory([1, 2, 3], categories)).toBe("data_ingestion");
    expect(dominantCategory([5, 6], categories)).toBe("model_evaluation");
    expect(dominantCategory([], categories)).toBe("other");
  });

  it("derives category and phase from the cells, and follows re-labelled cells", () => {
    expect(toImportSteps(steps, categories).map((s) => [s.title, s.category, s.phase])).toEqual([
      ["Load", "data_ingestion", "ML"],
      ["Train", "model_evaluation", "ML"],
      ["Serve", "serving", "DEV"],
    ]);
    const relabelled = new Map(categories).set(8, "deployment");
    expect(toImportSteps(steps, relabelled)[2]).toMatchObject({ category: "deployment", phase: "PROD" });
  });

  it("splits and merges steps without losing or reordering cells", () => {
    const split = splitStep(steps, 0, 1, "Ingest");
    expect(split.map((s) => [s.title, s.cellIndexes])).toEqual([
      ["Load", [1]],
      ["Ingest", [2, 3]],
      ["Train", [5, 6]],
      ["Serve", [8]],
    ]);
    expect(mergeWithPrevious(split, 1)).toEqual(steps);
    expect(splitStep(steps, 0, 0, "x")).toEqual(steps);
    expect(mergeWithPrevious(steps, 0)).toEqual(steps);
  });

  it("renames, and never sends an empty title", () => {
    const renamed = renameStep(steps, 1, "   ");
    expect(toImportSteps(renamed, categories)[1]?.title).toBe("Untitled step");
  });
});
