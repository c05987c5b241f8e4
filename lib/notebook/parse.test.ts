import { readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { NotebookError, type NotebookErrorCode } from "./errors";
import { MAX_NOTEBOOK_BYTES } from "./limits";
import { parseNotebook } from "./parse";

const utf8 = (text: string) => new TextEncoder().encode(text);
const notebook = (cells: unknown[], extra: Record<string, unknown> = {}) =>
  utf8(JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5, ...extra }));
const code = (source: string | string[], more: Record<string, unknown> = {}) => ({
  cell_type: "code",
  metadata: {},
  outputs: [],
  execution_count: null,
  source,
  ...more,
});

function failure(bytes: Uint8Array, filename = "nb.ipynb"): NotebookError {
  try {
    parseNotebook(bytes, filename);
  } catch (error) {
    if (error instanceof NotebookError) return error;
    throw error;
  }
  throw new Error("expected a NotebookError");
}

function expectCode(bytes: Uint8Array, code: NotebookErrorCode, filename?: string) {
  const error = failure(bytes, filename);
  expect(error.code).toBe(code);
  expect(error.message).not.toContain("\n");
  expect(error.message.length).toBeGreaterThan(10);
}

describe("parseNotebook: .ipynb", () => {
  it("reads an nbformat 4.5 notebook: types, joined sources, tags, no outputs", () => {
    const nb = parseNotebook(readFixture("tabular-sklearn.ipynb"), "tabular-sklearn.ipynb");
    expect(nb.format).toBe("ipynb");
    expect(nb.nbformat).toBe("4.5");
    expect(nb.cells[0]).toMatchObject({ index: 0, type: "markdown", tags: [], skipped: false });
    expect(nb.cells[4]).toMatchObject({
      index: 4,
      type: "code",
      source: 'churn = pd.read_csv(f"{DATA_DIR}/churn.csv")\nchurn.head()',
    });
    // The fixture's cell 4 has an output: it is parsed loosely and never returned.
    expect(Object.keys(nb.cells[4] ?? {}).sort()).toEqual([
      "index",
      "skipped",
      "source",
      "stepName",
      "tags",
      "title",
      "type",
    ]);
  });

  it.each([0, 1, 2, 3, 4, 5])("accepts nbformat 4.%i and reports it", (minor) => {
    const nb = parseNotebook(notebook([code("x = 1")], { nbformat_minor: minor }), "a.ipynb");
    expect(nb.nbformat).toBe(`4.${minor}`);
  });

  it("joins list sources with no separator and keeps string sources as they are", () => {
    const nb = parseNotebook(notebook([code(["a = 1\n", "b = 2"]), code("c = 3\nd = 4")]), "a.ipynb");
    expect(nb.cells.map((c) => c.source)).toEqual(["a = 1\nb = 2", "c = 3\nd = 4"]);
  });

  it("converts nbformat 3: worksheets, `input`, heading cells as markdown headings", () => {
    const nb = parseNotebook(readFixture("legacy-v3.ipynb"), "legacy-v3.ipynb");
    expect(nb.nbformat).toBe("3.0");
    expect(nb.cells.map((c) => c.type)).toEqual(["markdown", "code", "markdown", "code", "markdown", "raw"]);
    expect(nb.cells[0]?.source).toBe("# Legacy notebook");
    expect(nb.cells[2]?.source).toBe("## Load");
    expect(nb.cells[1]?.source).toBe("import pandas as pd\nimport numpy as np");
  });

  it("reads Kale tags and nbdev directives", () => {
    const cells = parseNotebook(readFixture("tagged-steps.ipynb"), "tagged-steps.ipynb").cells;
    expect(cells[3]).toMatchObject({ skipped: true, tags: ["skip", "nbdev:hide"] });
    expect(cells[4]).toMatchObject({ stepName: "load", tags: ["step:load", "nbdev:export"] });
    expect(cells[7]?.tags).toEqual(["nbdev:eval: false"]);
    expect(cells[1]?.tags).toEqual(["nbdev:default_exp pipeline"]);
  });

  it("handles a single 1 MB cell", () => {
    const big = `x = [${"1, ".repeat(350_000)}]`;
    const nb = parseNotebook(notebook([code(big)]), "big.ipynb");
    expect(nb.cells[0]?.source.length).toBe(big.length);
  });

  it("sniffs JSON when the name has no known extension", () => {
    expect(parseNotebook(notebook([code("x = 1")]), "upload").format).toBe("ipynb");
  });
});

describe("parseNotebook: bad input", () => {
  it("refuses text that is not JSON", () => expectCode(utf8("print('hello')"), "not_json"));
  it("refuses an empty file", () => expectCode(utf8(""), "not_json"));
  it("says when the JSON is cut short", () => {
    const whole = new TextDecoder().decode(readFixture("tabular-sklearn.ipynb"));
    expectCode(utf8(whole.slice(0, whole.length / 2)), "truncated_json");
    expectCode(utf8('{"cells": [{"source": "abc'), "truncated_json");
  });
  it("refuses JSON that is not a notebook", () => {
    expectCode(utf8("[1, 2, 3]"), "not_a_notebook");
    expectCode(utf8('{"name": "package", "version": "1.0.0"}'), "not_a_notebook");
    expectCode(utf8('{"cells": [], "nbformat": "4"}'), "not_a_notebook");
  });
  it("names the broken part of a malformed notebook", () => {
    const error = failure(notebook([code("x = 1"), { cell_type: "widget", source: "" }]));
    expect(error.code).toBe("not_a_notebook");
    expect(error.message).toContain("cells[1].cell_type");
  });
  it("refuses nbformat 2 and 5 with a clear message", () => {
    expect(failure(notebook([], { nbformat: 2, nbformat_minor: 0 })).message).toMatch(/nbformat 2 is not supported/);
    expectCode(notebook([], { nbformat: 2 }), "unsupported_nbformat");
    expectCode(notebook([], { nbformat: 5, nbformat_minor: 0 }), "unsupported_nbformat");
  });
  it("refuses binary data", () => {
    expectCode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "binary");
    expectCode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00]), "binary", "archive.ipynb");
  });
  it("refuses invalid UTF-8", () => {
    const bytes = utf8('{"cells": [], "nbformat": 4, "nbformat_minor": 5, "x": "é"}');
    bytes[bytes.length - 4] = 0xc3;
    bytes[bytes.length - 3] = 0x28;
    expectCode(bytes, "invalid_utf8");
  });
  it("refuses files over the size limit before reading them", () => {
    expect(MAX_NOTEBOOK_BYTES).toBe(20 * 1024 * 1024);
    expectCode(new Uint8Array(MAX_NOTEBOOK_BYTES + 1).fill(0x20), "too_large");
  });
  it("refuses a notebook without code", () => {
    expectCode(notebook([{ cell_type: "markdown", metadata: {}, source: "# Only words" }]), "no_code_cells");
    expectCode(notebook([code(""), code("   \n")]), "no_code_cells");
  });
  it("refuses a file that is neither a notebook nor a script", () => {
    expectCode(utf8("just some notes"), "unsupported_format", "notes.txt");
  });
  it("is a typed error with a code", () => {
    const error = failure(utf8("nope"));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("NotebookError");
  });
});
