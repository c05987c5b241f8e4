import { parseRetryAfter } from "./retry-after";

// Browser-side calls to our REST API. Errors arrive in the API's one shape and are
// thrown as ApiError, whose message is safe to show.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown> = {},
    /** From the response's Retry-After header (503, 429), when it had one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

type FetchOptions = {
  method?: Method;
  /** Sent as JSON; `json` instead is a body the caller has already serialised (to measure it). */
  body?: unknown;
  json?: string;
  signal?: AbortSignal;
  /** Lets the request outlive the page; the browser refuses bodies over 64 KiB (lib/client/keepalive.ts). */
  keepalive?: boolean;
};

export async function apiFetch<T>(path: string, options: FetchOptions = {}): Promise<T> {
  const json = options.json ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? "GET",
      headers: json === undefined ? undefined : { "content-type": "application/json" },
      body: json,
      signal: options.signal,
      keepalive: options.keepalive,
      credentials: "same-origin",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "network_error", "Cannot reach the server. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const error = (body.error ?? {}) as { code?: string; message?: string };
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    throw new ApiError(
      response.status,
      error.code ?? "unknown",
      error.message ?? `Request failed (${response.status}).`,
      error,
      retryAfterMs,
    );
  }
  return body as T;
}
