import { z } from "zod";
import { STEP_CATEGORY_IDS } from "@/lib/notebook/taxonomy";
import { CELL_TYPES, NOTEBOOK_FORMATS } from "@/lib/notebook/types";
import { PHASES } from "@/lib/pipeline/types";

// The notebook analysis on the wire: what POST /api/v1/notebooks/analyze and
// `npm run cli -- analyze --json` answer. The input is the file itself (lib/server/api/read-upload.ts).
// lib/notebook builds values of these types; sources are only in `preview`, when asked for.

export const ZCellAnalysis = z.strictObject({
  index: z.int().nonnegative(),
  type: z.enum(CELL_TYPES),
  category: z.enum([...STEP_CATEGORY_IDS, "documentation"]),
  confidence: z.number().min(0).max(1),
  /** Why the cell got its category, in words (e.g. "calls sklearn fit"). */
  signals: z.array(z.string()),
  phase: z.enum(PHASES),
  /** The nearest heading above the cell. */
  section: z.string().nullable(),
});

/** Consecutive cells that become one step on the canvas. */
export const ZNotebookStep = z.strictObject({
  title: z.string(),
  category: z.enum(STEP_CATEGORY_IDS),
  phase: z.enum(PHASES),
  cellIndexes: z.array(z.int().nonnegative()),
});

export const ZNotebookAnalysis = z.strictObject({
  format: z.enum(NOTEBOOK_FORMATS),
  /** The notebook's own "major.minor" for .ipynb; null for .py. */
  nbformat: z.string().nullable(),
  cells: z.array(ZCellAnalysis),
  /** Workflow-sized steps (lib/notebook/workflow-steps.ts, granularity "medium"). */
  steps: z.array(ZNotebookStep),
  /** The notebook's own grouping, one step per section and category run: the preview's "fine". */
  fineSteps: z.array(ZNotebookStep).optional(),
});

/** A cell's source for the import preview, by the same index as in `cells`. */
export const ZCellPreview = z.strictObject({
  index: z.int().nonnegative(),
  source: z.string(),
  tags: z.array(z.string()),
  skipped: z.boolean(),
  /**
   * Code cells: what flows in and out — the top-level names it binds and the names it reads before binding them, the
   * files it writes and reads by name (lib/notebook/cell-flow.ts). The import links steps by these.
   */
  flow: z
    .strictObject({
      defines: z.array(z.string()),
      uses: z.array(z.string()),
      writes: z.array(z.string()),
      reads: z.array(z.string()),
    })
    .optional(),
});

/** The analysis, with `preview` when `?preview=1` asked for the sources. */
export const ZNotebookAnalysisResponse = ZNotebookAnalysis.extend({ preview: z.array(ZCellPreview).optional() });

export type TCellAnalysis = z.infer<typeof ZCellAnalysis>;
export type TNotebookStep = z.infer<typeof ZNotebookStep>;
export type TNotebookAnalysis = z.infer<typeof ZNotebookAnalysis>;
export type TCellPreview = z.infer<typeof ZCellPreview>;
export type TNotebookAnalysisResponse = z.infer<typeof ZNotebookAnalysisResponse>;
