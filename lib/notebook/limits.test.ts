import { describe, expect, it } from "vitest";
import { formatMiB } from "../format-bytes";
import { analyzeNotebook } from "./analyze";
import { NotebookError, type NotebookErrorCode } from "./errors";
import { exceedsJsonDepth } from "./json-depth";
import {
  MAX_CELL_CHARS,
  MAX_CELLS,
  MAX_JSON_DEPTH,
  MAX_NOTEBOOK_BYTES,
  MAX_PYTHON_BLOCK_DEPTH,
  MAX_PYTHON_BRACKET_DEPTH,
  MAX_TITLE_CHARS,
} from "./limits";
import { parseNotebook } from "./parse";

const utf8 = (text: string) => new TextEncoder().encode(text);
const code = (source: string) => ({ cell_type: "code", metadata: {}, outputs: [], execution_count: null, source });
const markdown = (source: string) => ({ cell_type: "markdown", metadata: {}, source });
const notebook = (cells: unknown[], extra: Record<string, unknown> = {}) =>
  utf8(JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5, ...extra }));

function refusal(run: () => unknown): NotebookError {
  try {
    run();
  } catch (error) {
    if (error instanceof NotebookError) return error;
    throw error;
  }
  throw new Error("expected a NotebookError");
}

function expectRefused(run: () => unknown, code: NotebookErrorCode, limit: number) {
  const error = refusal(run);
  expect(error.code).toBe(code);
  expect(error.details.limit).toBe(limit);
  // The message names the limit, as written in the docs.
  expect(error.message).toContain(limit.toLocaleString("en-US"));
  return error;
}

describe("exceedsJsonDepth", () => {
  it("counts arrays and objects, not brackets in strings", () => {
    expect(exceedsJsonDepth("[[[]]]", 3)).toBe(false);
    expect(exceedsJsonDepth("[[[[]]]]", 3)).toBe(true);
    expect(exceedsJsonDepth('{"a": {"b": [1]}}', 3)).toBe(false);
    expect(exceedsJsonDepth('{"a": {"b": [{}]}}', 3)).toBe(true);
    expect(exceedsJsonDepth(`["${"[".repeat(100)}"]`, 1)).toBe(false);
    expect(exceedsJsonDepth(`["\\"${"[".repeat(100)}"]`, 1)).toBe(false);
    expect(exceedsJsonDepth("[1], [2], [3]", 1)).toBe(false);
  });
});

describe("upload limits", () => {
  it("refuses deeply nested JSON before parsing it", () => {
    const nested = `${"[".repeat(MAX_JSON_DEPTH + 1)}${"]".repeat(MAX_JSON_DEPTH + 1)}`;
    expectRefused(() => parseNotebook(utf8(nested), "deep.ipynb"), "too_deeply_nested", MAX_JSON_DEPTH);
    // An 18 MB `[[[…]]]` took 5 s and a gigabyte in JSON.parse; the scan refuses it first.
    const huge = utf8(`${"[".repeat(9_000_000)}${"]".repeat(9_000_000)}`);
    expectRefused(() => parseNotebook(huge, "deep.ipynb"), "too_deeply_nested", MAX_JSON_DEPTH);
  });

  it("accepts nesting up to the limit, in outputs too", () => {
    // The notebook, cells, the cell, outputs, the output and its data are 6 levels.
    const withOutput = (levels: number) => {
      let deep: unknown = 1;
      for (let i = 0; i < levels; i++) deep = { a: deep };
      return notebook([
        {
          ...code("x = 1"),
          outputs: [{ output_type: "display_data", metadata: {}, data: { "application/json": deep } }],
        },
      ]);
    };
    expect(parseNotebook(withOutput(MAX_JSON_DEPTH - 6), "ok.ipynb").cells).toHaveLength(1);
    expectRefused(
      () => parseNotebook(withOutput(MAX_JSON_DEPTH - 5), "deep.ipynb"),
      "too_deeply_nested",
      MAX_JSON_DEPTH,
    );
  });

  it("refuses more cells than the limit, in every format", () => {
    const cells = Array.from({ length: MAX_CELLS + 1 }, (_, i) => code(`x = ${i}`));
    expectRefused(() => parseNotebook(notebook(cells), "many.ipynb"), "too_many_cells", MAX_CELLS);
    expect(parseNotebook(notebook(cells.slice(1)), "many.ipynb").cells).toHaveLength(MAX_CELLS);
    const percent = Array.from({ length: MAX_CELLS + 1 }, (_, i) => `# %%\nx = ${i}`).join("\n");
    expectRefused(() => parseNotebook(utf8(percent), "many.py"), "too_many_cells", MAX_CELLS);
    // Counted before the cells are made, and said as counted.
    const markers = expectRefused(
      () => parseNotebook(utf8("# %%\n".repeat(1_000_000)), "markers.py"),
      "too_many_cells",
      MAX_CELLS,
    );
    expect(markers.message).toContain("1,000,000 cells");
    const v3 = utf8(
      JSON.stringify({
        nbformat: 3,
        nbformat_minor: 0,
        metadata: {},
        worksheets: [{ cells: cells.slice(0, 6000) }, { cells: cells.slice(0, 6000) }],
      }),
    );
    expectRefused(() => parseNotebook(v3, "old.ipynb"), "too_many_cells", MAX_CELLS);
  });

  it("refuses a code cell longer than the limit and names it", () => {
    const long = `x = ${"a+".repeat(MAX_CELL_CHARS / 2)}a`;
    const error = expectRefused(
      () => parseNotebook(notebook([code("import pandas"), code(long)]), "long.ipynb"),
      "cell_too_long",
      MAX_CELL_CHARS,
    );
    expect(error.details.cellIndex).toBe(1);
    expect(error.message).toContain("Cell 2");
    expectRefused(() => parseNotebook(utf8(long), "long.py"), "cell_too_long", MAX_CELL_CHARS);
    // Markdown may hold pasted images; it is only searched for headings.
    const image = markdown(`![plot](data:image/png;base64,${"A".repeat(MAX_CELL_CHARS + 1)})`);
    expect(parseNotebook(notebook([image, code("x = 1")]), "img.ipynb").cells).toHaveLength(2);
  });

  it("refuses Python nested deeper than Python compiles, naming the cell", () => {
    const brackets = (n: number) => `x = ${"f(".repeat(n)}${")".repeat(n)}`;
    const blocks = (n: number) =>
      `${Array.from({ length: n }, (_, i) => `${" ".repeat(i)}if x:`).join("\n")}\n${" ".repeat(n)}pass`;
    expect(analyzeNotebook(notebook([code(brackets(MAX_PYTHON_BRACKET_DEPTH))]), "ok.ipynb").cells).toHaveLength(1);
    expect(analyzeNotebook(notebook([code(blocks(MAX_PYTHON_BLOCK_DEPTH))]), "ok.ipynb").cells).toHaveLength(1);
    const deepCalls = expectRefused(
      () => analyzeNotebook(notebook([code("x = 1"), code(brackets(50_000))]), "deep.ipynb"),
      "too_deeply_nested",
      MAX_PYTHON_BRACKET_DEPTH,
    );
    expect(deepCalls.details.cellIndex).toBe(1);
    // These overflowed the stack (a 500) or took minutes before.
    expectRefused(() => analyzeNotebook(utf8(blocks(1000)), "deep.py"), "too_deeply_nested", MAX_PYTHON_BLOCK_DEPTH);
    expectRefused(
      () => analyzeNotebook(utf8(`${"if a: ".repeat(30_000)}x`), "deep.py"),
      "too_deeply_nested",
      MAX_PYTHON_BLOCK_DEPTH,
    );
    expectRefused(
      () => analyzeNotebook(utf8(`%%writefile deep.py\n${blocks(1000)}`), "deep.py"),
      "too_deeply_nested",
      MAX_PYTHON_BLOCK_DEPTH,
    );
  });

  it("reads a timing magic's code once, however many magics precede it", () => {
    const analysis = analyzeNotebook(utf8(`${"%time ".repeat(30_000)}model.fit(X, y)`), "t.py");
    expect(analysis.cells).toHaveLength(1);
  });

  it("cuts long headings, titles and step tags to the canvas's title limit", () => {
    const long = `Load ${"the data ".repeat(100_000)}`;
    const cells = [
      markdown(`# ${long}`),
      ...Array.from({ length: 1000 }, (_, i) => code(`df${i} = pd.read_csv('${i}.csv')`)),
    ];
    const analysis = analyzeNotebook(notebook(cells), "long-heading.ipynb");
    // The section is repeated on every cell: uncut, the answer would be a gigabyte.
    expect(JSON.stringify(analysis).length).toBeLessThan(1_000_000);
    for (const cell of analysis.cells.slice(1)) expect(cell.section?.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(analysis.cells[1]?.section).toMatch(/^Load the data .*…$/);
    for (const step of analysis.steps) expect(step.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    const tagged = analyzeNotebook(
      notebook([{ ...code("x = 1"), metadata: { tags: [`step:${long}`] } }]),
      "tagged.ipynb",
    );
    expect(tagged.steps[0]?.title.length).toBe(MAX_TITLE_CHARS);
    const percent = analyzeNotebook(utf8(`# %% ${long}\nx = 1`), "titled.py");
    expect(percent.steps[0]?.title.length).toBe(MAX_TITLE_CHARS);
  });

  it("says sizes one way: binary megabytes from the one constant", () => {
    expect(MAX_NOTEBOOK_BYTES).toBe(20 * 1024 * 1024);
    expect(formatMiB(MAX_NOTEBOOK_BYTES)).toBe("20 MiB");
    expect(formatMiB(MAX_NOTEBOOK_BYTES + 1024 * 1024 * 1.25)).toBe("21.3 MiB");
    const error = refusal(() => parseNotebook(new Uint8Array(MAX_NOTEBOOK_BYTES + 1), "big.ipynb"));
    expect(error.message).toBe("The file is 20.0 MiB; notebooks up to 20 MiB are accepted.");
  });
});
