import { readFile } from "node:fs/promises";
import path from "node:path";
import { connection, NextResponse, type NextRequest } from "next/server";
import { readJson } from "@/lib/server/api/route";

// Baselines of `npm run bench:api` (scripts/bench-api.ts): the same Next server answering the
// same JSON bytes as an API route, with none of its work (no session, no database). The bench
// fetches the real route, writes its answer to MLOPS_MAP_BENCH_DIR/<name>.json, then calls
// this one. The PUT first reads and parses the body the way the API does (readJson: media
// type, size cap, JSON.parse), since that is work any save must do. Only served when the
// server runs with MLOPS_MAP_BENCH=1; a 404 otherwise.

const cached = new Map<string, Buffer>();

async function answer(name: string): Promise<NextResponse> {
  const dir = process.env.MLOPS_MAP_BENCH_DIR;
  if (process.env.MLOPS_MAP_BENCH !== "1" || !dir || !/^[a-z0-9-]+$/.test(name))
    return new NextResponse(null, { status: 404 });
  let body = cached.get(name);
  if (!body) {
    body = await readFile(path.join(dir, `${name}.json`));
    cached.set(name, body);
  }
  return new NextResponse(new Uint8Array(body), { headers: { "content-type": "application/json" } });
}

type Context = { params: Promise<{ name: string }> };

export async function GET(_request: NextRequest, context: Context) {
  // Decided per request, never at build time (the build runs without the flag).
  await connection();
  return answer((await context.params).name);
}

export async function PUT(request: NextRequest, context: Context) {
  await connection();
  if (process.env.MLOPS_MAP_BENCH !== "1") return new NextResponse(null, { status: 404 });
  await readJson(request, 8_000_000);
  return answer((await context.params).name);
}
