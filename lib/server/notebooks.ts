import "server-only";
import { analyzeParsed } from "@/lib/notebook/analyze";
import { isNotebookError, type NotebookError } from "@/lib/notebook/errors";
import { parseNotebook } from "@/lib/notebook/parse";
import { AppError } from "./errors";
import type { TNotebookAnalysisResponse } from "@/lib/validation/notebooks";
import type { Upload } from "./api/read-upload";

/** Analyses an upload; unusable files become 4xx errors with the notebook's own code. */
export function analyzeUpload(upload: Upload, withPreview: boolean): TNotebookAnalysisResponse {
  try {
    const parsed = parseNotebook(upload.bytes, upload.filename);
    const analysis: TNotebookAnalysisResponse = analyzeParsed(parsed);
    if (withPreview) analysis.preview = parsed.cells.map(({ index, source, tags, skipped }) => ({ index, source, tags, skipped }));
    return analysis;
  } catch (error) {
    if (isNotebookError(error)) throw toAppError(error);
    throw error;
  }
}

function toAppError(error: NotebookError): AppError {
  return new AppError(error.code === "too_large" ? 413 : 422, error.code, error.message);
}
