import { FIXTURE_NAMES, readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { ZNotebookAnalysis } from "@/lib/validation/notebooks";
import { analyzeNotebook } from "./analyze";
import { STEP_CATEGORY_IDS } from "./taxonomy";
import { NotebookError } from "./errors";

describe("analyzeNotebook: the JSON contract", () => {
  it.each(FIXTURE_NAMES)("%s is described by the output schema (lib/validation/notebooks.ts)", (name) => {
    const json: unknown = JSON.parse(JSON.stringify(analyzeNotebook(readFixture(name), name)));
    expect(ZNotebookAnalysis.safeParse(json).error?.issues).toBeUndefined();
  });

  it.each(FIXTURE_NAMES)("%s has exactly the contract's shape", (name) => {
    const analysis = JSON.parse(JSON.stringify(analyzeNotebook(readFixture(name), name))) as Record<string, unknown>;
    expect(Object.keys(analysis)).toEqual(["format", "nbformat", "cells", "steps", "fineSteps"]);
    expect(["ipynb", "py-percent", "py"]).toContain(analysis.format);
    expect(analysis.nbformat === null || /^\d+\.\d+$/.test(String(analysis.nbformat))).toBe(true);
    const cells = analysis.cells as Record<string, unknown>[];
    cells.forEach((c, i) => {
      expect(Object.keys(c)).toEqual(["index", "type", "category", "confidence", "signals", "phase", "section"]);
      expect(c.index).toBe(i);
      expect(["code", "markdown", "raw"]).toContain(c.type);
      expect([...STEP_CATEGORY_IDS, "documentation"]).toContain(c.category);
      if (c.type !== "code") expect(c.category).toBe("documentation");
      expect(typeof c.confidence).toBe("number");
      expect(c.confidence as number).toBeGreaterThanOrEqual(0);
      expect(c.confidence as number).toBeLessThanOrEqual(1);
      expect(Array.isArray(c.signals) && (c.signals as unknown[]).every((s) => typeof s === "string")).toBe(true);
      expect(["ML", "DEV", "PROD"]).toContain(c.phase);
      expect(c.section === null || typeof c.section === "string").toBe(true);
    });
    for (const step of [...(analysis.steps as []), ...(analysis.fineSteps as [])] as Record<string, unknown>[]) {
      expect(Object.keys(step)).toEqual(["title", "category", "phase", "cellIndexes"]);
      expect(typeof step.title).toBe("string");
      expect(step.category).not.toBe("documentation");
      const indexes = step.cellIndexes as number[];
      expect(indexes.length).toBeGreaterThan(0);
      for (const i of indexes) expect(cells[i]?.type).toBe("code");
    }
  });

  it("keeps sources out of the analysis", () => {
    const text = JSON.stringify(analyzeNotebook(readFixture("tabular-sklearn.ipynb"), "t.ipynb"));
    expect(text).not.toContain('read_csv(f\\"{DATA_DIR}');
    expect(text).not.toContain("churn.csv");
  });

  it("gives phases from the categories", () => {
    const cells = analyzeNotebook(readFixture("fastapi-docker-deploy.ipynb"), "d.ipynb").cells;
    const phases = new Map(cells.map((c) => [c.category, c.phase]));
    expect(phases.get("serving")).toBe("DEV");
    expect(phases.get("testing")).toBe("DEV");
    expect(phases.get("deployment")).toBe("PROD");
    expect(phases.get("monitoring")).toBe("PROD");
    expect(phases.get("setup")).toBe("ML");
    expect(phases.get("documentation")).toBe("ML");
  });

  it("marks skipped cells in their signals and leaves them out of the steps", () => {
    const analysis = analyzeNotebook(readFixture("train-pipeline.py"), "train-pipeline.py");
    expect(analysis.cells[3]?.signals).toContain("tag `skip` → not part of any step");
    expect(analysis.steps.flatMap((s) => s.cellIndexes)).not.toContain(3);
  });

  it("throws NotebookError for unusable input", () => {
    expect(() => analyzeNotebook(new TextEncoder().encode("{"), "x.ipynb")).toThrow(NotebookError);
  });
});

describe("analyzeNotebook: our fixture notebooks", () => {
  const expected = JSON.parse(readFixture("expected-categories.json").toString("utf8")) as Record<
    string,
    Record<string, string>
  >;

  it.each(Object.keys(expected))("%s: every code cell as we labelled it", (name) => {
    const cells = analyzeNotebook(readFixture(name), name).cells;
    const got = Object.fromEntries(Object.keys(expected[name] ?? {}).map((i) => [i, cells[Number(i)]?.category]));
    expect(got).toEqual(expected[name]);
  });
});
