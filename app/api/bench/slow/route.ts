import { connection, NextResponse, type NextRequest } from "next/server";
import { observeRoute } from "@/lib/server/observability/observe-route";

// A request that takes as long as it is told (`?ms=`, at most 30 s), for the graceful
// shutdown test (e2e/multi-instance.spec.ts): it must finish after SIGTERM. Only served when
// the server runs with MLOPS_MAP_BENCH=1, like the other bench routes; a 404 otherwise.

export const GET = observeRoute({ route: "/api/bench/slow" }, async (request: NextRequest) => {
  await connection();
  if (process.env.MLOPS_MAP_BENCH !== "1") return new NextResponse(null, { status: 404 });
  const ms = Math.min(30_000, Math.max(0, Number(request.nextUrl.searchParams.get("ms")) || 0));
  await new Promise((resolve) => setTimeout(resolve, ms));
  return NextResponse.json({ sleptMs: ms });
});
