import { cellsForImport } from "../pipeline/import-cells";
import type { TStepsImport } from "../validation/notebook-import";
import type { TNotebookAnalysisResponse } from "../validation/notebooks";
import { importFlow, toImportSteps } from "./preview-edits";
import type { StepCategoryId } from "./taxonomy";

// The body of POST …/pipeline/import for a notebook taken as the analysis grouped it, with no
// edits in a preview (the CLI's `import`): the same steps, links and cell sources the import
// dialog sends when the user accepts its first proposal.

export function importBodyFromAnalysis(
  analysis: TNotebookAnalysisResponse,
  fileName: string,
  baseVersion: number,
): TStepsImport {
  const categories = new Map<number, StepCategoryId>();
  for (const cell of analysis.cells)
    if (cell.type === "code" && cell.category !== "documentation") categories.set(cell.index, cell.category);
  const preview = analysis.preview ?? [];
  const sources = new Map(preview.map((p) => [p.index, p.source]));
  const flows = new Map(preview.flatMap((p) => (p.flow ? [[p.index, p.flow] as const] : [])));
  const steps = analysis.steps.map((s) => ({ title: s.title, cellIndexes: s.cellIndexes }));
  const imported = toImportSteps(steps, categories);
  return {
    baseVersion,
    notebook: { name: fileName.slice(0, 200) || "notebook" },
    steps: imported,
    ...importFlow(steps, flows),
    cells: cellsForImport(imported, (index) => sources.get(index)),
  };
}
