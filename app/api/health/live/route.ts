import { NextResponse } from "next/server";
import { observeRoute } from "@/lib/server/observability/observe-route";

export const dynamic = "force-dynamic";

// Liveness: the process answers. Unlike /api/health (readiness) it does not ask the
// database, so an outage of PostgreSQL takes instances out of rotation without having
// Kubernetes restart every one of them. It answers while draining too: a draining instance
// is alive, and a failed liveness probe would kill it before its requests finish.
export const GET = observeRoute({ route: "/api/health/live", duringDrain: "serve", accessLog: "failures" }, async () =>
  NextResponse.json({ status: "ok" }, { headers: { "cache-control": "no-store" } }),
);
