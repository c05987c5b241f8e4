import { NextRequest } from "next/server";

type RouteHandler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response> | Response;

/** The app's origin in integration tests (test/setup-db.ts sets BETTER_AUTH_URL to it). */
export const APP_ORIGIN = "http://localhost:3000";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Calls a route handler as Next would, with the given session cookie and params. Writes
 * carry `Origin: APP_ORIGIN`, as a browser on the app's pages sends; `headers` adds or
 * (with null) removes headers.
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
    headers?: Record<string, string | null>;
  },
) {
  const method = options.method ?? "GET";
  const headers = new Headers();
  if (options.cookie) headers.set("cookie", options.cookie);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers.set("content-type", "application/json");
  if (!SAFE_METHODS.has(method)) headers.set("origin", APP_ORIGIN);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) headers.delete(name);
    else headers.set(name, value);
  }
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
