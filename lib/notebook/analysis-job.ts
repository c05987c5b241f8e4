import type { TNotebookAnalysisResponse } from "../validation/notebooks";
import { analyzeParsed } from "./analyze";
import { cellFlow } from "./cell-flow";
import { isNotebookError, type NotebookErrorCode, type NotebookErrorDetails } from "./errors";
import { parseNotebook } from "./parse";

// One analysis as the server's worker processes run it (lib/server/notebook-pool.ts): bytes
// in, the response body out, already JSON-encoded, so the request thread only passes bytes
// along. Framework-free, like the rest of this folder.

export type AnalysisJob = { bytes: Uint8Array; filename: string; withPreview: boolean };

export type AnalysisReply =
  | { ok: true; json: Uint8Array }
  | { ok: false; error: { code: NotebookErrorCode; message: string; details: NotebookErrorDetails } }
  /** A bug, not the file's fault: the server logs it and answers 500. */
  | { ok: false; bug: string };

export function runAnalysisJob(job: AnalysisJob): AnalysisReply {
  try {
    return { ok: true, json: new TextEncoder().encode(JSON.stringify(analyzeWithPreview(job))) };
  } catch (error) {
    if (isNotebookError(error))
      return { ok: false, error: { code: error.code, message: error.message, details: error.details } };
    return { ok: false, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** The analysis, plus the cells' sources for the import preview when asked. */
export function analyzeWithPreview({ bytes, filename, withPreview }: AnalysisJob): TNotebookAnalysisResponse {
  const parsed = parseNotebook(bytes, filename);
  const analysis: TNotebookAnalysisResponse = analyzeParsed(parsed);
  // The preview links the steps it imports by what flows between them (step-flow.ts).
  if (withPreview)
    analysis.preview = parsed.cells.map(({ index, type, source, tags, skipped }) =>
      type === "code" ? { index, source, tags, skipped, flow: cellFlow(source) } : { index, source, tags, skipped },
    );
  return analysis;
}
