import { FIXTURE_NAMES, readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { analyzeNotebook } from "./analyze";
import type { StepCategoryId } from "./taxonomy";
import {
  dominantCategory,
  mergeWithPrevious,
  renameStep,
  splitStep,
  toImportSteps,
  type PreviewStep,
} from "./preview-edits";

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

  it("derives the category from the cells, and follows re-labelled cells; the server places the step by it", () => {
    expect(toImportSteps(steps, categories)).toEqual([
      { title: "Load", category: "data_ingestion", cellIndexes: [1, 2, 3] },
      { title: "Train", category: "model_evaluation", cellIndexes: [5, 6] },
      { title: "Serve", category: "serving", cellIndexes: [8] },
    ]);
    const relabelled = new Map(categories).set(8, "deployment");
    expect(toImportSteps(steps, relabelled)[2]).toMatchObject({ category: "deployment" });
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

describe("one rule for a step's category, in the analysis and in the preview", () => {
  it("lets `other` cells join a step without outvoting its one real category", () => {
    const cells = new Map<number, StepCategoryId>([
      [0, "model_training"],
      [1, "other"],
      [2, "other"],
    ]);
    expect(dominantCategory([0, 1, 2], cells)).toBe("model_training");
    expect(toImportSteps([{ title: "Train", cellIndexes: [0, 1, 2] }], cells)[0]).toMatchObject({
      category: "model_training",
    });
    expect(dominantCategory([1, 2], cells)).toBe("other");
  });

  it.each(FIXTURE_NAMES)(
    "%s: the preview shows, and the import sends, the category the analysis gave each step",
    (name) => {
      const analysis = analyzeNotebook(readFixture(name), name);
      const categories = new Map<number, StepCategoryId>();
      for (const cell of analysis.cells)
        if (cell.category !== "documentation") categories.set(cell.index, cell.category);
      const sent = toImportSteps(
        analysis.steps.map((s) => ({ title: s.title, cellIndexes: s.cellIndexes })),
        categories,
      );
      expect(sent.map((s) => s.category)).toEqual(analysis.steps.map((s) => s.category));
    },
  );
});
