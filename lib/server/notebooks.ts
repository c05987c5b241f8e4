import "server-only";
import type { AnalysisJob } from "@/lib/notebook/analysis-job";
import { isNotebookError, type NotebookError } from "@/lib/notebook/errors";
import { encodedJson } from "./api/route";
import { AppError } from "./errors";
import { getNotebookPool } from "./notebook-pool";

/**
 * Analyses an upload in the worker pool and answers its JSON as the worker encoded it;
 * unusable files become 4xx errors with the notebook's own code and limit.
 */
export async function analyzeUpload(job: AnalysisJob) {
  try {
    return encodedJson((await getNotebookPool().analyze(job)) as Uint8Array<ArrayBuffer>);
  } catch (error) {
    if (isNotebookError(error)) throw toAppError(error);
    throw error;
  }
}

function toAppError(error: NotebookError): AppError {
  return new AppError(error.code, error.message, error.details);
}
