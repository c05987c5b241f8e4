import { NextResponse } from "next/server";
import packageJson from "@/package.json";
import { isDatabaseUp } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const up = await isDatabaseUp();
  return NextResponse.json(
    { status: up ? "ok" : "degraded", db: up ? "ok" : "down", version: packageJson.version },
    { status: up ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
