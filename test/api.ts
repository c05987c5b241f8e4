import { NextRequest } from "next/server";

type RouteHandler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>;

/** Calls a route handler as Next would, with the given session cookie and params. */
export async function call(
  handler: RouteHandler,
  options: { method?: string; path?: string; cookie?: string; params?: Record<string, string>; body?: unknown; rawBody?: string },
) {
  const headers = new Headers();
  if (options.cookie) headers.set("cookie", options.cookie);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers.set("content-type", "application/json");
  const request = new NextRequest(new URL(options.path ?? "/api/test", "http://localhost:3000"), {
    method: options.method ?? "GET",
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve(options.params) });
  const text = await response.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever fields the JSON has
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}
