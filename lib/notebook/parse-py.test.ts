import { readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { parseNotebook } from "./parse";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("jupytext percent scripts", () => {
  const nb = parseNotebook(readFixture("train-pipeline.py"), "train-pipeline.py");

  it("splits cells at `# %%` and skips the jupytext header", () => {
    expect(nb.format).toBe("py-percent");
    expect(nb.nbformat).toBeNull();
    expect(nb.cells.map((c) => c.type)).toEqual(["markdown", "code", "code", "code", "markdown", "code", "code"]);
    expect(nb.cells.map((c) => c.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("uncomments markdown lines and commented magics", () => {
    expect(nb.cells[0]?.source).toBe("# Wine quality\n\nA small pipeline kept as a percent-format script.");
    expect(nb.cells[1]?.source).toContain("\n%matplotlib inline");
  });

  it("reads titles and tags", () => {
    expect(nb.cells[2]).toMatchObject({ title: "Load data", tags: [] });
    expect(nb.cells[3]).toMatchObject({ skipped: true, tags: ["skip"] });
    expect(nb.cells[5]).toMatchObject({ title: "Train", stepName: "train", tags: ["step:train", "gpu"] });
  });

  it("accepts `#%%` markers, [md] cells and code before the first marker", () => {
    const text = "import os\n\n#%% [md]\n# Notes\n#%%\nprint(os.getcwd())\n";
    const cells = parseNotebook(utf8(text), "s.py").cells;
    expect(cells.map((c) => [c.type, c.source])).toEqual([
      ["code", "import os"],
      ["markdown", "Notes"],
      ["code", "print(os.getcwd())"],
    ]);
  });

  it("does not take a commented cell magic for a marker", () => {
    expect(parseNotebook(utf8("# %%time\nx = 1\n"), "s.py").format).toBe("py");
  });

  it("sniffs percent markers when the name says nothing", () => {
    expect(parseNotebook(utf8("# %%\nx = 1\n"), "upload").format).toBe("py-percent");
  });
});

describe("plain scripts", () => {
  it("are one code cell", () => {
    const nb = parseNotebook(readFixture("plain-script.py"), "plain-script.py");
    expect(nb).toMatchObject({ format: "py", nbformat: null });
    expect(nb.cells).toHaveLength(1);
    expect(nb.cells[0]).toMatchObject({ index: 0, type: "code", skipped: false, stepName: null });
    expect(nb.cells[0]?.source).toContain("joblib.dump(model");
  });

  it("normalise Windows line ends", () => {
    expect(parseNotebook(utf8("a = 1\r\nb = 2\r\n"), "w.py").cells[0]?.source).toBe("a = 1\nb = 2\n");
  });

  it("must hold some code", () => {
    expect(() => parseNotebook(utf8("\n\n"), "empty.py")).toThrow(/no code cells/);
  });
});
