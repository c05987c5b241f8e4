import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BareCanvas } from "@/components/bench/bare-canvas";
import { BENCH_COLUMN_STEP, BENCH_ROWS_PER_LANE } from "@/lib/pipeline/bench-graph";
import { MAX_EDGES, MAX_NODES } from "@/lib/pipeline/types";

// Baseline of the canvas benchmark (scripts/bench-canvas.ts, `npm run bench:canvas`): plain
// React Flow with the benchmark's generated graph, to compare the pipeline editor against in
// the same run. Only served when the server runs with MLOPS_MAP_BENCH=1; a 404 otherwise.
//
// Query: nodes, edges, rows, step (the generator's options); w, h (canvas size in px, else the
// window); vx, vy, vz (the viewport to open at, e.g. the editor's after its fit; else fit view).

export const metadata: Metadata = { title: "Bench: bare canvas", robots: { index: false, follow: false } };

export default async function BareCanvasPage({ searchParams }: PageProps<"/bench/bare-canvas">) {
  // Decided per request, never at build time (the build runs without the flag).
  await connection();
  if (process.env.MLOPS_MAP_BENCH !== "1") notFound();
  const params = await searchParams;
  const vx = numberParam(params.vx);
  const vy = numberParam(params.vy);
  const vz = numberParam(params.vz);
  return (
    <BareCanvas
      graph={{
        nodes: Math.round(clamp(numberParam(params.nodes) ?? 1000, 0, MAX_NODES)),
        edges: Math.round(clamp(numberParam(params.edges) ?? 1500, 0, MAX_EDGES)),
        rowsPerLane: Math.round(clamp(numberParam(params.rows) ?? BENCH_ROWS_PER_LANE, 1, 100)),
        columnStep: clamp(numberParam(params.step) ?? BENCH_COLUMN_STEP, 1, 10_000),
      }}
      width={Math.round(clamp(numberParam(params.w) ?? 0, 0, 10_000))}
      height={Math.round(clamp(numberParam(params.h) ?? 0, 0, 10_000))}
      viewport={vx !== undefined && vy !== undefined && vz !== undefined && vz > 0 ? { x: vx, y: vy, zoom: vz } : null}
    />
  );
}

/** A finite number from a query parameter, or undefined. */
function numberParam(value: string | string[] | undefined): number | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || text.trim() === "") return undefined;
  const parsed = Number(text);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
