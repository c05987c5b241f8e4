import { FIXTURE_NAMES, readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { analyzeNotebook } from "./analyze";
import type { StepCategoryId } from "./taxonomy";
import { LOW_CONFIDENCE_THRESHOLD } from "./confidence";
import {
  dominantCategory,
  importFlow,
  lowConfidenceCells,
  mergeRange,
  mergeWithPrevious,
  renameStep,
  sectionRun,
  setSkipped,
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

describe("bulk edits", () => {
  it("merges a selection: every step from its first to its last, cells in order", () => {
    expect(mergeRange(steps, 2, 0)).toEqual([{ title: "Load", cellIndexes: [1, 2, 3, 5, 6, 8], skipped: false }]);
    expect(mergeRange(steps, 1, 1)).toEqual(steps);
  });

  it("finds the run of steps of one section, for merging the whole section", () => {
    const sections = new Map([
      [1, "Data"],
      [5, "Model"],
      [8, "Model"],
    ]);
    const sectionOf = (i: number) => sections.get(i) ?? null;
    expect(sectionRun(steps, 2, sectionOf)).toEqual([1, 2]);
    expect(sectionRun(steps, 0, sectionOf)).toEqual([0, 0]);
    expect(mergeRange(steps, ...sectionRun(steps, 1, sectionOf)).map((s) => s.cellIndexes)).toEqual([
      [1, 2, 3],
      [5, 6, 8],
    ]);
  });

  it("leaves skipped steps out of the import and of the cells that need a look", () => {
    const skipped = setSkipped(steps, 1, true);
    expect(toImportSteps(skipped, categories).map((s) => s.title)).toEqual(["Load", "Serve"]);
    const confidence = new Map([
      [2, LOW_CONFIDENCE_THRESHOLD - 0.1],
      [5, 0.1],
      [8, LOW_CONFIDENCE_THRESHOLD],
    ]);
    expect(lowConfidenceCells(steps, confidence)).toEqual([2, 5]);
    expect(lowConfidenceCells(skipped, confidence)).toEqual([2]);
  });

  it("links the imported steps by data flow, numbered as they are sent", () => {
    const flow = (defines: string[], uses: string[]) => ({ defines, uses, writes: [], reads: [] });
    const flows = new Map([
      [1, flow(["df"], [])],
      [5, flow(["model"], ["df"])],
      [8, flow([], ["model", "df"])],
    ]);
    expect(importFlow(steps, flows).links).toEqual([
      { source: 0, target: 1, label: "df" },
      { source: 1, target: 2, label: "model" },
    ]);
    // With the middle step skipped, the serving step reads df from the first one directly.
    expect(importFlow(setSkipped(steps, 1, true), flows).links).toEqual([{ source: 0, target: 1, label: "df" }]);
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
