import { classifyCell } from "@/lib/notebook/classify";
import { classifyNotebook } from "@/lib/notebook/classify-notebook";
import type { CellCategory } from "@/lib/notebook/taxonomy";
import type { ParsedCell } from "@/lib/notebook/types";

// Cells for the classifier's tests, as the parser would hand them over.

/** A parsed cell with no tags, directives or title. */
export const cell = (source: string, index = 0, type: ParsedCell["type"] = "code"): ParsedCell => ({
  index,
  type,
  source,
  tags: [],
  skipped: false,
  stepName: null,
  title: null,
});

/** The category of one code cell, classified alone. */
export const categoryOf = (source: string) => classifyCell(cell(source)).category;

/** Classifies a list of cells as a notebook (markdown cells start with "#") and returns the last one's category. */
export function lastOf(...sources: string[]): CellCategory {
  const cells = sources.map((s, i) =>
    cell(s, i, s.startsWith("#") && !s.startsWith("#|") && /^#+ /.test(s) ? "markdown" : "code"),
  );
  return classifyNotebook(cells).at(-1)?.category ?? "other";
}
