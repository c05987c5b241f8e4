import "server-only";
import type { AnalysisJob } from "@/lib/notebook/analysis-job";
import { isNotebookError, type NotebookError } from "@/lib/notebook/errors";
import { AppError } from "./errors";
import { getNotebookPool } from "./notebook-pool";

/**
 * Analyses an upload in the worker pool and answers its JSON as the worker encoded it;
 * unusable files become 4xx errors with the notebook's own code and limit.
 */
export async function analyzeUpload(job: AnalysisJob, requestId: string): Promise<Response> {
  try {
    const json = await getNotebookPool().analyze(job);
    return new Response(json as Uint8Array<ArrayBuffer>, { headers: { "content-type": "application/json", "x-request-id": requestId } });
  } catch (error) {
    if (isNotebookError(error)) throw toAppError(error);
    throw error;
  }
}

function toAppError(error: NotebookError): AppError {
  return new AppError(error.code === "too_large" ? 413 : 422, error.code, error.message, error.details);
}
