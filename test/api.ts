import { NextRequest } from "next/server";

type RouteHandler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>;

// The origin the integration setup gives better-auth (BETTER_AUTH_URL); requests come from the app's own pages.
const APP_ORIGIN = "http://localhost:3000";

/**
 * Calls a route handler as Next would, with the given session cookie and params, as the
 * app's own pages send it: same origin, JSON content type on writes.
 */
export async function call(
  handler: RouteHandler,
  options: {
    method?: string;
    path?: string;
    cookie?: string;
    params?: Record<string, string>;
    body?: unknown;
    rawBody?: string | Uint8Array<ArrayBuffer>;
    headers?: Record<string, string>;
  },
) {
  const method = options.method ?? "GET";
  const headers = new Headers({ origin: APP_ORIGIN });
  if (options.cookie) headers.set("cookie", options.cookie);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined || (method !== "GET" && method !== "HEAD")) headers.set("content-type", "application/json");
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  const request = new NextRequest(new URL(options.path ?? "/api/test", APP_ORIGIN), { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever fields the JSON has
    body: text ? (JSON.parse(text) as Record<string, any>) : null,
  };
}
