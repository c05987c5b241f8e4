import "server-only";
import type { NextRequest } from "next/server";
import { AppError } from "../errors";
import { apiRoutePattern, observeRoute } from "../observability/observe-route";
import { handleApiError } from "./handle-error";
import { requestIdOf } from "./request-id";

// Next answers a method a route file does not export with a bare 405: no body, no Allow.
// Each /api/v1 route file therefore exports every method, the ones it does not implement
// from here (app/api/v1/route-methods.int.test.ts checks every route file does).

type RouteHandler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response> | Response;
type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
type Implementable = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const ORDER: Method[] = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/**
 * The methods a route file does not implement, given the ones it does: HEAD answered by
 * GET (as Next would), OPTIONS with the Allow header, and the rest 405 in the API's error
 * shape with Allow. Use: `export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });`
 */
export function otherMethods<H extends Partial<Record<Implementable, RouteHandler>>>(
  implemented: H,
): Record<Exclude<Method, keyof H>, RouteHandler> {
  const handlers: Partial<Record<Method, RouteHandler>> = { ...implemented, HEAD: implemented.GET };
  const allow = ORDER.filter((method) => method === "OPTIONS" || handlers[method]).join(", ");
  // Observed like the implemented methods (authedRoute): a client probing with the wrong
  // method shows in /api/metrics and the access log under the route's pattern, and is
  // refused while the instance drains, as any API request but health and metrics is.
  const notAllowed = observeRoute({ route: apiRoutePattern }, async (request: NextRequest) => {
    const error = new AppError("method_not_allowed", `${request.method} is not allowed here. Allowed: ${allow}.`);
    const response = handleApiError(error, requestIdOf(request.headers));
    response.headers.set("allow", allow);
    return response;
  });
  const others: Partial<Record<Method, RouteHandler>> = {
    OPTIONS: observeRoute(
      { route: apiRoutePattern },
      async (request: NextRequest) =>
        new Response(null, { status: 204, headers: { allow, "x-request-id": requestIdOf(request.headers) } }),
    ),
  };
  for (const method of ORDER) {
    if (method === "OPTIONS" || method in implemented) continue;
    others[method] = handlers[method] ?? notAllowed;
  }
  return others as Record<Exclude<Method, keyof H>, RouteHandler>;
}
