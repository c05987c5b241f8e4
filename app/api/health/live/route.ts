import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

// Liveness: the process answers. Unlike /api/health (readiness) it does not ask the
// database, so an outage of PostgreSQL takes instances out of rotation without having
// Kubernetes restart every one of them.
export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
