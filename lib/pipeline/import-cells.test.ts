import { describe, expect, it } from "vitest";
import { MAX_STORED_CELL_CHARS, ZImportCell } from "@/lib/validation/notebook-import";
import { cellsForImport } from "./import-cells";

describe("cellsForImport", () => {
  const sources = new Map([
    [0, "import pandas as pd"],
    [2, "df = pd.read_csv('x.csv')"],
    [5, "model.fit(X, y)"],
  ]);
  const sourceOf = (i: number) => sources.get(i);

  it("sends the steps' cells once each, in notebook order, and skips cells it has no source for", () => {
    const steps = [{ cellIndexes: [5, 2] }, { cellIndexes: [0, 2, 9] }];
    expect(cellsForImport(steps, sourceOf)).toEqual([
      { index: 0, source: "import pandas as pd" },
      { index: 2, source: "df = pd.read_csv('x.csv')" },
      { index: 5, source: "model.fit(X, y)" },
    ]);
  });

  it("cuts a long cell to what the server keeps, saying so, and the result validates", () => {
    const [cell] = cellsForImport([{ cellIndexes: [1] }], () => "x".repeat(MAX_STORED_CELL_CHARS * 3));
    expect(cell!.source).toHaveLength(MAX_STORED_CELL_CHARS);
    expect(cell!.source).toMatch(/cut: the rest of this cell is not kept\)$/);
    expect(ZImportCell.safeParse(cell).success).toBe(true);
  });

  it("stops adding sources past the budget", () => {
    const steps = [{ cellIndexes: [0, 1, 2, 3] }];
    const cells = cellsForImport(steps, () => "y".repeat(400), 1_000);
    expect(cells.map((c) => c.index)).toEqual([0, 1]);
  });
});
