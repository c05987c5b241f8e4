import "server-only";
import { getAuth } from "./auth";
import { withClientAddress } from "./client-address";

/**
 * better-auth's HTTP handler behind app/api/auth/[...all]: it sees the client address we
 * computed, and a 429 carries the standard Retry-After (better-auth's own limiter sends
 * only X-Retry-After).
 */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const response = await getAuth().handler(withClientAddress(request));
  if (response.status !== 429 || response.headers.has("retry-after")) return response;
  const seconds = response.headers.get("x-retry-after");
  if (!seconds) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", seconds);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
