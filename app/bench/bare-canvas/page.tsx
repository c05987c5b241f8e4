import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BareCanvas } from "@/components/bench/bare-canvas";
import { MAX_EDGES, MAX_NODES } from "@/lib/pipeline/types";

// Baseline of the canvas benchmark (scripts/bench-canvas.ts, `npm run bench:canvas`): plain
// React Flow with the benchmark's generated graph, to compare the pipeline editor against in
// the same run. Only served when the server runs with MLOPS_MAP_BENCH=1; a 404 otherwise.

export const metadata: Metadata = { title: "Bench: bare canvas", robots: { index: false, follow: false } };

export default async function BareCanvasPage({ searchParams }: PageProps<"/bench/bare-canvas">) {
  // Decided per request, never at build time (the build runs without the flag).
  await connection();
  if (process.env.MLOPS_MAP_BENCH !== "1") notFound();
  const params = await searchParams;
  return (
    <BareCanvas
      nodes={intParam(params.nodes, 1000, 0, MAX_NODES)}
      edges={intParam(params.edges, 1500, 0, MAX_EDGES)}
      width={intParam(params.w, 0, 0, 10_000)}
      height={intParam(params.h, 0, 0, 10_000)}
    />
  );
}

/** A whole number from a query parameter, `fallback` when absent or not a number, clamped to [min, max]. */
function intParam(value: string | string[] | undefined, fallback: number, min: number, max: number): number {
  const parsed = Number.parseInt(Array.isArray(value) ? (value[0] ?? "") : (value ?? ""), 10);
  return Number.isNaN(parsed) ? fallback : Math.min(max, Math.max(min, parsed));
}
