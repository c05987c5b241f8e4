import { describe, expect, it } from "vitest";
import { mergeWithPrevious, renameStep, setSkipped, splitStep, type PreviewStep } from "./preview-edits";
import { carryPreviewEdits, hasPreviewEdits, previewCellEdits } from "./preview-regroup";

// The preview's edits survive a change of granularity (issue #13 leftovers): each is read as
// an operation on cells and re-applied to the new grouping.

const step = (title: string, ...cellIndexes: number[]): PreviewStep => ({ title, cellIndexes });

// Medium: four steps; fine: each cell its own step; coarse: two steps.
const medium = [step("Load", 1, 2), step("Explore", 3, 4), step("Train", 5, 6, 7), step("Serve", 8, 9)];
const fine = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => step(`Cell ${i}`, i));
const coarse = [step("Data", 1, 2, 3, 4), step("Model", 5, 6, 7, 8, 9)];

const cellsOf = (steps: readonly PreviewStep[]) => steps.map((s) => s.cellIndexes);

describe("carryPreviewEdits", () => {
  it("with no edits is the new grouping as it is", () => {
    expect(hasPreviewEdits(previewCellEdits(medium, medium))).toBe(false);
    expect(carryPreviewEdits(medium, medium, coarse)).toEqual({ steps: coarse, lost: [] });
  });

  it("keeps a manual merge when switching to fine", () => {
    const edited = mergeWithPrevious(medium, 1); // Load + Explore
    const { steps, lost } = carryPreviewEdits(medium, edited, fine);
    expect(lost).toEqual([]);
    // Cells 1–4 stay one step (the fine grouping joined), the others are fine again.
    expect(cellsOf(steps)).toEqual([[1, 2, 3, 4], [5], [6], [7], [8], [9]]);
  });

  it("keeps a manual split, with its title, when switching to coarse", () => {
    const edited = renameStep(splitStep(medium, 2, 2, "Train (2)"), 3, "Evaluate");
    const { steps, lost } = carryPreviewEdits(medium, edited, coarse);
    expect(lost).toEqual([]);
    expect(steps.map((s) => [s.title, s.cellIndexes])).toEqual([
      ["Data", [1, 2, 3, 4]],
      ["Model", [5, 6]],
      ["Evaluate", [7, 8, 9]],
    ]);
  });

  it("keeps skipped cells skipped, splitting a bigger step around them", () => {
    const edited = setSkipped(medium, 1, true); // Explore: cells 3–4
    const { steps } = carryPreviewEdits(medium, edited, coarse);
    expect(steps.map((s) => [s.cellIndexes, s.skipped ?? false])).toEqual([
      [[1, 2], false],
      [[3, 4], true],
      [[5, 6, 7, 8, 9], false],
    ]);
  });

  it("keeps a rename of a step that still starts a step, and names one that cannot be placed", () => {
    const edited = renameStep(renameStep(medium, 0, "Read the CSVs"), 1, "Look at the data");
    const { steps, lost } = carryPreviewEdits(medium, edited, coarse);
    expect(steps[0]!.title).toBe("Read the CSVs");
    // Cell 3 does not start a step in the coarse grouping: that title has nowhere to go.
    expect(lost).toEqual(["the title “Look at the data”"]);
    // Back to fine, both have a home.
    expect(carryPreviewEdits(medium, edited, fine).lost).toEqual([]);
  });

  it("survives a round trip through another granularity unchanged", () => {
    const edited = setSkipped(mergeWithPrevious(renameStep(medium, 2, "Fit"), 3), 0, true);
    const there = carryPreviewEdits(medium, edited, fine).steps;
    const back = carryPreviewEdits(fine, there, medium).steps;
    expect(back).toEqual(edited.map((s) => (s.skipped ? s : { title: s.title, cellIndexes: s.cellIndexes })));
  });
});
