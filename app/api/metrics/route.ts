import { NextResponse, type NextRequest } from "next/server";
import { metricsResponse } from "@/lib/server/observability/metrics-endpoint";
import { observeRoute } from "@/lib/server/observability/observe-route";

export const dynamic = "force-dynamic";

// Prometheus scrapes this with `Authorization: Bearer $METRICS_TOKEN`; without the variable
// the route does not exist (404), so metrics are never public by accident.
export const GET = observeRoute(
  { route: "/api/metrics", duringDrain: "serve", accessLog: "failures" },
  async (request: NextRequest) =>
    metricsResponse(request.headers.get("authorization"), process.env.METRICS_TOKEN || undefined).then(
      ({ status, body, contentType }) =>
        new NextResponse(body, { status, headers: { "content-type": contentType, "cache-control": "no-store" } }),
    ),
);
