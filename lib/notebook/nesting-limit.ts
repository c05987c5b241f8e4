import { NotebookError } from "./errors";
import { MAX_PYTHON_BLOCK_DEPTH, MAX_PYTHON_BRACKET_DEPTH } from "./limits";
import type { Nesting } from "./python-statements";

/**
 * Refuses code nested deeper than Python itself compiles. The classifier walks statement
 * trees recursively, so deeper code would overflow the stack (a 500) rather than be read.
 */
export function checkNesting(nesting: Nesting, cellIndex: number): void {
  const where = { cellIndex };
  if (nesting.blocks > MAX_PYTHON_BLOCK_DEPTH) {
    const message = `Cell ${cellIndex + 1} nests blocks more than ${MAX_PYTHON_BLOCK_DEPTH} deep, more than Python itself compiles.`;
    throw new NotebookError("too_deeply_nested", message, { ...where, limit: MAX_PYTHON_BLOCK_DEPTH });
  }
  if (nesting.brackets > MAX_PYTHON_BRACKET_DEPTH) {
    const message = `Cell ${cellIndex + 1} nests brackets ${nesting.brackets} deep; Python itself compiles at most ${MAX_PYTHON_BRACKET_DEPTH}.`;
    throw new NotebookError("too_deeply_nested", message, { ...where, limit: MAX_PYTHON_BRACKET_DEPTH });
  }
}
