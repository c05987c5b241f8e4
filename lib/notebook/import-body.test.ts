import { describe, expect, it } from "vitest";
import { readFixture } from "@/test/notebook-fixtures";
import { ZStepsImport } from "../validation/notebook-import";
import { analyzeWithPreview } from "./analysis-job";
import { importBodyFromAnalysis } from "./import-body";

describe("importBodyFromAnalysis", () => {
  it("turns an analysis with its preview into a valid import body of the same steps", () => {
    const name = "tabular-sklearn.ipynb";
    const analysis = analyzeWithPreview({ bytes: readFixture(name), filename: name, withPreview: true });
    const body = importBodyFromAnalysis(analysis, name, 3);
    expect(ZStepsImport.parse(body)).toEqual(body);
    expect(body.baseVersion).toBe(3);
    expect(body.notebook).toEqual({ name });
    expect(body.steps.map((s) => s.cellIndexes)).toEqual(analysis.steps.map((s) => s.cellIndexes));
    const stepCells = new Set(body.steps.flatMap((s) => s.cellIndexes));
    expect(body.cells!.length).toBeGreaterThan(0);
    for (const cell of body.cells!) expect(stepCells.has(cell.index)).toBe(true);
  });
});
