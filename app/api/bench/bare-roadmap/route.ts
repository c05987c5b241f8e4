import { readFile } from "node:fs/promises";
import { connection, NextResponse } from "next/server";

// Baseline of the roadmap export benchmark (scripts/bench-roadmap/http.ts): the same Next
// server answering the same bytes as GET /api/v1/projects/:id/roadmap.md, with none of the
// work (no session, no database, no rendering). The bench writes the file it fetched from the
// real route to MLOPS_MAP_BENCH_ROADMAP_FILE before it calls this one. Only served when the
// server runs with MLOPS_MAP_BENCH=1; a 404 otherwise.

let cached: { file: string; body: Buffer } | undefined;

export async function GET() {
  // Decided per request, never at build time (the build runs without the flag).
  await connection();
  const file = process.env.MLOPS_MAP_BENCH_ROADMAP_FILE;
  if (process.env.MLOPS_MAP_BENCH !== "1" || !file) return new NextResponse(null, { status: 404 });
  if (cached?.file !== file) cached = { file, body: await readFile(file) };
  return new NextResponse(new Uint8Array(cached.body), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": 'attachment; filename="roadmap-bench.md"',
    },
  });
}
