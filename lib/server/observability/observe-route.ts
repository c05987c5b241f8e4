import "server-only";
import type { NextRequest } from "next/server";
import { routePatternOf } from "@/lib/observability/route-pattern";
import { handleApiError } from "../api/handle-error";
import { requestIdOf } from "../api/request-id";
import { AppError } from "../errors";
import { logger } from "../log";
import { appMetrics } from "./metrics";
import { runInRequest } from "./request-context";
import { isDraining } from "./shutdown";

// Wraps an API route handler: the request runs with its id in the request context (so every
// log line of it carries the id), is counted and timed under its route pattern for
// /api/metrics, and gets one access-log line. While the instance drains (./shutdown.ts) a new
// request is refused with 503 `draining`, unless the route serves draining itself (health).

type TRouteHandler<C> = (request: NextRequest, context: C) => Promise<Response>;

export type TObserveOptions<C> = {
  /** The route pattern, e.g. `/api/v1/projects/[projectId]`: a fixed string or worked out per request. */
  route: string | ((request: NextRequest, context: C) => Promise<string>);
  /** Answer while draining (health, metrics) instead of refusing. */
  duringDrain?: "serve" | "refuse";
  /**
   * "failures" for probes and scrapes (health, metrics): asked every few seconds per instance,
   * their 2xx lines would bury the real log, so those go at debug; any other answer is news
   * (a pod leaving rotation) and goes at warn. Counted and timed in the metrics either way.
   */
  accessLog?: "every" | "failures";
};

export function observeRoute<C>(options: TObserveOptions<C>, handler: TRouteHandler<C>): TRouteHandler<C> {
  return (request, context) => {
    const requestId = requestIdOf(request.headers);
    return runInRequest({ requestId }, async () => {
      const started = performance.now();
      const metrics = appMetrics();
      metrics.httpInFlight.inc();
      let status = 500;
      try {
        const response =
          isDraining() && options.duringDrain !== "serve"
            ? drainingResponse(requestId)
            : await handler(request, context);
        status = response.status;
        return response;
      } finally {
        metrics.httpInFlight.dec();
        const seconds = (performance.now() - started) / 1000;
        const route = await routeOf(options, request, context);
        const labels = { route, method: request.method, status: String(status) };
        metrics.httpRequests.inc(labels);
        metrics.httpDuration.observe(labels, seconds);
        logger()[accessLevel(options.accessLog, status)](
          { ...labels, status, durationMs: Math.round(seconds * 1000) },
          "request",
        );
      }
    });
  };
}

/** The pattern of a route under app/api from the params Next matched (lib/observability/route-pattern.ts). */
export async function apiRoutePattern(request: NextRequest, context: { params: Promise<unknown> }): Promise<string> {
  const params = ((await context?.params) ?? {}) as Record<string, string | string[] | undefined>;
  return routePatternOf(request.nextUrl.pathname, params);
}

function accessLevel(mode: TObserveOptions<unknown>["accessLog"], status: number): "debug" | "info" | "warn" {
  if (mode !== "failures") return "info";
  return status >= 200 && status < 300 ? "debug" : "warn";
}

async function routeOf<C>(options: TObserveOptions<C>, request: NextRequest, context: C): Promise<string> {
  if (typeof options.route === "string") return options.route;
  try {
    return await options.route(request, context);
  } catch {
    return "unmatched";
  }
}

function drainingResponse(requestId: string): Response {
  const response = handleApiError(
    new AppError("draining", "This server is shutting down; send the request again (another server will take it)."),
    requestId,
  );
  // The client's next request should open a new connection, to another instance.
  response.headers.set("connection", "close");
  return response;
}
