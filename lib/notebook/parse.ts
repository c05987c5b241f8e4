import { formatMiB } from "../format-bytes";
import { checkCells } from "./cell-limits";
import { NotebookError } from "./errors";
import { MAX_NOTEBOOK_BYTES } from "./limits";
import { parseIpynb } from "./parse-ipynb";
import { hasPercentMarkers, parsePercentPy, parsePlainPy } from "./parse-py";
import type { ParsedNotebook } from "./types";

/** How much of the start of the file is checked for NUL bytes, like git's binary detection. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Parses an uploaded notebook: .ipynb (nbformat 3 or 4), a jupytext percent-format .py, or a
 * plain .py (one cell). The format comes from the extension, else from the content.
 * Throws NotebookError for anything that is not a usable notebook.
 */
export function parseNotebook(bytes: Uint8Array, filename: string): ParsedNotebook {
  if (bytes.byteLength > MAX_NOTEBOOK_BYTES) throw notebookTooLarge(bytes.byteLength);
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new NotebookError("binary", "The file is binary data, not a notebook or a Python script.");
  }
  const text = decodeUtf8(bytes);
  const notebook = parseText(text, filename.toLowerCase());
  checkCells(notebook.cells);
  if (!notebook.cells.some((c) => c.type === "code" && c.source.trim() !== "")) {
    throw new NotebookError("no_code_cells", "The notebook has no code cells to analyse.");
  }
  return notebook;
}

/** The size limit's refusal, for the CLI too (it checks before reading the file). */
export function notebookTooLarge(size: number): NotebookError {
  const message = `The file is ${formatMiB(size)}; notebooks up to ${formatMiB(MAX_NOTEBOOK_BYTES)} are accepted.`;
  return new NotebookError("too_large", message, { limit: MAX_NOTEBOOK_BYTES });
}

function parseText(text: string, filename: string): ParsedNotebook {
  if (filename.endsWith(".ipynb")) return parseIpynb(text);
  if (filename.endsWith(".py")) return hasPercentMarkers(text) ? parsePercentPy(text) : parsePlainPy(text);
  // No telling extension (e.g. an upload without a name): sniff.
  if (/^\s*[{[]/.test(text)) return parseIpynb(text);
  if (hasPercentMarkers(text)) return parsePercentPy(text);
  throw new NotebookError("unsupported_format", "Expected a Jupyter notebook (.ipynb) or a Python script (.py).");
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    // fatal: reject invalid sequences instead of replacing them; the BOM is dropped.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new NotebookError("invalid_utf8", "The file is not valid UTF-8 text.");
  }
}
