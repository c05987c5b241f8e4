import { MAX_STORED_CELL_CHARS, type TImportCell } from "@/lib/validation/notebook-import";

// Which cell sources travel with a notebook import (lib/server/pipeline-cells.ts stores them):
// only the cells of the steps being imported, each cut to MAX_STORED_CELL_CHARS, and no more
// than CELL_SOURCE_BUDGET characters in all, so even a huge notebook's import stays a
// request the server accepts (the import route reads up to 8 MB; 3 bytes a character at worst).

export const CELL_SOURCE_BUDGET = 2_500_000;
const CUT_MARK = "\n# … (cut: the rest of this cell is not kept)";

export function cellsForImport(
  steps: readonly { cellIndexes: readonly number[] }[],
  sourceOf: (index: number) => string | undefined,
  budget = CELL_SOURCE_BUDGET,
): TImportCell[] {
  const indexes = [...new Set(steps.flatMap((s) => s.cellIndexes))].sort((a, b) => a - b);
  const cells: TImportCell[] = [];
  let left = budget;
  for (const index of indexes) {
    const full = sourceOf(index);
    if (full === undefined) continue;
    const source =
      full.length > MAX_STORED_CELL_CHARS ? full.slice(0, MAX_STORED_CELL_CHARS - CUT_MARK.length) + CUT_MARK : full;
    // Past the budget the rest go without their source (the inspector says it was not kept).
    if (source.length > left) break;
    left -= source.length;
    cells.push({ index, source });
  }
  return cells;
}
