import "server-only";
import type { AnalysisJob } from "@/lib/notebook/analysis-job";
import { isNotebookError, type NotebookError } from "@/lib/notebook/errors";
import { ANALYSES_PER_USER, ANALYSIS_RETRY_AFTER_SECONDS } from "@/lib/notebook/limits";
import { encodedJson } from "./api/route";
import { AppError } from "./errors";
import { getNotebookPool } from "./notebook-pool";

/** Analyses running or waiting per user, on this server (the pool's limits hold per instance too). */
const inFlight = new Map<string, number>();

/**
 * Analyses an upload in the worker pool and answers its JSON as the worker encoded it;
 * unusable files become 4xx errors with the notebook's own code and limit. A user with
 * ANALYSES_PER_USER analyses running or waiting gets 429, so that no one person's uploads
 * hold every worker and the whole queue.
 */
export async function analyzeUpload(userId: string, job: AnalysisJob) {
  const mine = inFlight.get(userId) ?? 0;
  if (mine >= ANALYSES_PER_USER) {
    const message = `You already have ${ANALYSES_PER_USER} notebook analyses running or waiting, the most one person may. Try again in ${ANALYSIS_RETRY_AFTER_SECONDS} seconds.`;
    throw new AppError("too_many_analyses", message, undefined, {
      "retry-after": String(ANALYSIS_RETRY_AFTER_SECONDS),
    });
  }
  inFlight.set(userId, mine + 1);
  try {
    return encodedJson((await getNotebookPool().analyze(job)) as Uint8Array<ArrayBuffer>);
  } catch (error) {
    if (isNotebookError(error)) throw toAppError(error);
    throw error;
  } finally {
    const left = (inFlight.get(userId) ?? 1) - 1;
    if (left > 0) inFlight.set(userId, left);
    else inFlight.delete(userId);
  }
}

function toAppError(error: NotebookError): AppError {
  return new AppError(error.code, error.message, error.details);
}
