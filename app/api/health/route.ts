import { NextResponse } from "next/server";
import packageJson from "@/package.json";
import { isDatabaseUp } from "@/lib/server/health";
import { observeRoute } from "@/lib/server/observability/observe-route";
import { isDraining } from "@/lib/server/observability/shutdown";

export const dynamic = "force-dynamic";

// Readiness: 503 while the database is down, and while this instance shuts down ("draining",
// lib/server/observability/shutdown.ts) so the load balancer sends its traffic elsewhere.
export const GET = observeRoute({ route: "/api/health", duringDrain: "serve", accessLog: "failures" }, async () => {
  const draining = isDraining();
  const up = await isDatabaseUp();
  const status = draining ? "draining" : up ? "ok" : "degraded";
  return NextResponse.json(
    { status, db: up ? "ok" : "down", version: packageJson.version },
    { status: up && !draining ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
});
