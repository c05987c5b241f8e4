import "server-only";
import { handleApiError } from "./api/handle-error";
import { requestIdOf } from "./api/request-id";
import { getAuth } from "./auth";
import { withAuthFailure } from "./auth-failures";
import { withClientAddress } from "./client-address";

/**
 * better-auth's HTTP handler behind app/api/auth/[...all]: it sees the client address we
 * computed, a 429 carries the standard Retry-After (better-auth's own limiter sends
 * only X-Retry-After), and a fault is answered as the API answers one (./api/handle-error.ts):
 * 503 with Retry-After when the database cannot be reached — its rate limiter, which reads the
 * database before any endpoint runs, throws; an endpoint's fault comes back as better-auth's
 * bare 500 (./auth-failures.ts) — else a generic 500 under a request id.
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  let answered;
  try {
    answered = await withAuthFailure(() => getAuth().handler(withClientAddress(request)));
  } catch (error) {
    return handleApiError(error, requestId, { route: "/api/auth" });
  }
  const { result: response, failure } = answered;
  if (response.status >= 500 && failure !== undefined)
    return handleApiError(failure, requestId, { route: "/api/auth" });
  if (response.status !== 429 || response.headers.has("retry-after")) return response;
  const seconds = response.headers.get("x-retry-after");
  if (!seconds) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", seconds);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
