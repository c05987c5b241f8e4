import { NotebookError } from "./errors";
import { formatCount, MAX_CELL_CHARS, MAX_CELLS } from "./limits";
import type { ParsedCell } from "./types";

/** Refuses a notebook of more than MAX_CELLS cells; the .ipynb parser asks before validating them. */
export function checkCellCount(count: number): void {
  if (count <= MAX_CELLS) return;
  const message = `The notebook has ${formatCount(count)} cells; notebooks of up to ${formatCount(MAX_CELLS)} cells are analysed.`;
  throw new NotebookError("too_many_cells", message, { limit: MAX_CELLS });
}

/**
 * Cells the classifier would spend time on out of proportion to any real notebook. Only
 * code cells are bounded in length: markdown can hold pasted images as data URLs, and it
 * is only searched for headings.
 */
export function checkCells(cells: readonly ParsedCell[]): void {
  checkCellCount(cells.length);
  const long = cells.find((c) => c.type === "code" && c.source.length > MAX_CELL_CHARS);
  if (!long) return;
  const message = `Cell ${long.index + 1} has ${formatCount(long.source.length)} characters; code cells of up to ${formatCount(MAX_CELL_CHARS)} characters are analysed.`;
  throw new NotebookError("cell_too_long", message, { limit: MAX_CELL_CHARS, cellIndex: long.index });
}
