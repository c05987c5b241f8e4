import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { isAPIError } from "better-auth/api";
import { logger } from "./log";

// better-auth turns a fault inside one of its endpoints into a bare 500 and keeps the error to
// itself. Its onAPIError hook (./auth.ts) hands the error here, kept for the request that
// caused it, so ./auth-handler.ts can answer as the API does: 503 with Retry-After when the
// database cannot be reached, our generic 500 with a request id otherwise.

const failures = new AsyncLocalStorage<{ error?: unknown }>();

/** Runs better-auth's handler for one request; `failure` is the error its endpoint failed with, if any. */
export async function withAuthFailure<T>(fn: () => Promise<T>): Promise<{ result: T; failure: unknown }> {
  const slot: { error?: unknown } = {};
  const result = await failures.run(slot, fn);
  return { result, failure: slot.error };
}

/**
 * better-auth's onAPIError.onError. Setting it stops better-auth's own logging, so the
 * expected refusals (a wrong password, a taken email) are logged as it logged them, at warn;
 * faults are logged by the handler with the request id.
 */
export function noteAuthFailure(error: unknown): void {
  if (isAPIError(error) && error.status !== "INTERNAL_SERVER_ERROR") {
    logger().warn({ status: error.status }, error.message);
    return;
  }
  const slot = failures.getStore();
  if (slot) slot.error = error;
}
