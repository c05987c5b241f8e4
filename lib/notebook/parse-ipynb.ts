import type { z } from "zod";
import { checkCellCount } from "./cell-limits";
import { cellDirectives } from "./directives";
import { NotebookError } from "./errors";
import { exceedsJsonDepth } from "./json-depth";
import { MAX_JSON_DEPTH } from "./limits";
import { ZNotebookV3, ZNotebookV4, type NotebookV3 } from "./nbformat-schema";
import type { CellType, ParsedCell, ParsedNotebook } from "./types";

type RawCell = { type: CellType; source: string; tags: string[] };

const joinSource = (source: string | string[]) => (typeof source === "string" ? source : source.join(""));

/** Parses the text of an .ipynb file (nbformat 3 or 4). */
export function parseIpynb(text: string): ParsedNotebook {
  const json = parseJson(text);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new NotebookError(
      "not_a_notebook",
      'The JSON is not a Jupyter notebook (expected an object with "cells" and "nbformat").',
    );
  }
  const version = (json as Record<string, unknown>).nbformat;
  if (typeof version !== "number") {
    throw new NotebookError(
      "not_a_notebook",
      'The JSON is not a Jupyter notebook: it has no numeric "nbformat" field.',
    );
  }
  // Before validation, which for 100,000 cells would take longer than refusing them.
  checkCellCount(rawCellCount(json as Record<string, unknown>));
  if (version === 4) {
    const notebook = validate(ZNotebookV4, json);
    const cells = notebook.cells.map((c): RawCell => ({
      type: c.cell_type,
      source: joinSource(c.source),
      tags: c.metadata?.tags ?? [],
    }));
    return { format: "ipynb", nbformat: `4.${notebook.nbformat_minor}`, cells: finishCells(cells) };
  }
  if (version === 3) {
    const notebook = validate(ZNotebookV3, json);
    return { format: "ipynb", nbformat: `3.${notebook.nbformat_minor}`, cells: finishCells(fromV3(notebook)) };
  }
  const hint =
    version < 3 ? "open and save it in Jupyter to upgrade it to nbformat 4" : "this app reads nbformat 3 and 4";
  throw new NotebookError("unsupported_nbformat", `nbformat ${version} is not supported: ${hint}.`);
}

/** The cells as the JSON has them (v4 `cells`, v3 `worksheets[].cells`), before validation. */
function rawCellCount(json: Record<string, unknown>): number {
  const length = (value: unknown) => (Array.isArray(value) ? value.length : 0);
  const sheets = Array.isArray(json.worksheets) ? (json.worksheets as unknown[]) : [];
  return (
    length(json.cells) +
    sheets.reduce<number>((n, sheet) => n + length((sheet as { cells?: unknown } | null)?.cells), 0)
  );
}

/** nbformat 3 → 4: worksheets flattened, `input` → source, heading cells → markdown headings. */
function fromV3(notebook: NotebookV3): RawCell[] {
  return notebook.worksheets.flatMap((sheet) =>
    sheet.cells.map((cell): RawCell => {
      const tags = cell.metadata?.tags ?? [];
      switch (cell.cell_type) {
        case "code":
          return { type: "code", source: joinSource(cell.input), tags };
        case "heading":
          return { type: "markdown", source: `${"#".repeat(cell.level ?? 1)} ${joinSource(cell.source)}`, tags };
        default:
          return { type: cell.cell_type, source: joinSource(cell.source), tags };
      }
    }),
  );
}

function finishCells(cells: RawCell[]): ParsedCell[] {
  return cells.map((cell, index) => {
    const { tags, skipped, stepName } = cellDirectives(cell.tags, cell.source, cell.type === "code");
    return { index, type: cell.type, source: cell.source, tags, skipped, stepName, title: null };
  });
}

function validate<T extends z.ZodType>(schema: T, json: unknown): z.infer<T> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? ` at ${describePath(issue.path)}` : "";
  throw new NotebookError(
    "not_a_notebook",
    `The notebook's structure is invalid${where}: ${issue?.message ?? "unknown problem"}.`,
  );
}

/** `["cells", 3, "source"]` → `cells[3].source`, the way a person looks it up in the file. */
function describePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}

function parseJson(text: string): unknown {
  if (text.trim() === "") throw new NotebookError("not_json", "The file is empty.");
  if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
    const message = `The JSON nests arrays and objects more than ${MAX_JSON_DEPTH} deep; notebooks nest far less, so this file is not analysed.`;
    throw new NotebookError("too_deeply_nested", message, { limit: MAX_JSON_DEPTH });
  }
  try {
    return JSON.parse(text);
  } catch {
    if (looksTruncated(text))
      throw new NotebookError("truncated_json", "The notebook's JSON ends too early: the file looks truncated.");
    throw new NotebookError("not_json", "The file is not valid JSON, so it cannot be a Jupyter notebook.");
  }
}

/**
 * True when the text is a JSON document cut short: it starts like an object or array and
 * ends inside a string or with brackets still open. (Engines word their parse errors
 * differently, so we look for ourselves.)
 */
function looksTruncated(text: string): boolean {
  const start = text.search(/\S/);
  if (text[start] !== "{" && text[start] !== "[") return false;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) depth++;
    else if (ch === 125 || ch === 93) {
      depth--;
      if (depth === 0) return false; // a complete value, so the error is elsewhere
    }
  }
  return inString || depth > 0;
}
