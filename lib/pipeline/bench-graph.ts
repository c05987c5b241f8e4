import { STEP_CATEGORY_IDS } from "../notebook/taxonomy";
import { COMPONENT_IDS } from "./components";
import { LANE_HEIGHT, LANE_PADDING, laneTop, NODE_HEIGHT, nodesBounds } from "./lanes";
import { makeNode } from "./make-node";
import { AUTOMATIONS, PHASES, STAGES, type NodeKind, type PipelineEdge, type PipelineNode } from "./types";

// A generated pipeline for the canvas benchmark (scripts/bench-canvas.ts) and its bare
// React Flow baseline page (app/bench/bare-canvas): both build the very same graph from
// the same numbers. Pure and deterministic: same options, same graph.
//
// Nodes go round-robin over the lanes (ML, DEV, PROD) and fill each lane column by column,
// `rowsPerLane` rows per column, positions inside the lane per lanes.ts. Edges are acyclic
// (lower index to higher), between distinct nodes, never repeated, and mostly short, like a
// real pipeline.
//
// The default layout overlaps the cards (five rows 50 px apart for 88 px tall cards, columns
// 200 px apart for 220 px wide ones): 1,000 cards without overlap (three rows per lane) are
// ~24,600 px wide, more than the editor can show at once at its minimum zoom (0.05) in its
// ~980 px wide canvas at 1440×900, and with onlyRenderVisibleElements off-screen nodes would
// not be rendered at all. This layout is ~13,400 px wide.

export const BENCH_ROWS_PER_LANE = 5;
export const BENCH_COLUMN_STEP = 200;
/** How far (in node indexes) an edge usually reaches; a few reach anywhere. */
const EDGE_REACH = 24;

export type BenchGraphOptions = {
  nodes: number;
  edges: number;
  /** Seed of the edge generator (default 1). */
  seed?: number;
  rowsPerLane?: number;
  columnStep?: number;
};

type BenchGraph = {
  nodes: PipelineNode[];
  edges: PipelineEdge[];
  /** Flow-coordinate box around every node (NODE_WIDTH × NODE_HEIGHT each). */
  bounds: { x: number; y: number; width: number; height: number };
};

const KINDS: readonly NodeKind[] = ["step", "step", "component", "data", "external"];

export function benchGraph({
  nodes: nodeCount,
  edges: edgeCount,
  seed = 1,
  rowsPerLane = BENCH_ROWS_PER_LANE,
  columnStep = BENCH_COLUMN_STEP,
}: BenchGraphOptions): BenchGraph {
  if (!Number.isInteger(nodeCount) || nodeCount < 0) throw new RangeError("nodes must be a whole number, 0 or more");
  if (!Number.isInteger(edgeCount) || edgeCount < 0) throw new RangeError("edges must be a whole number, 0 or more");
  if (!Number.isInteger(rowsPerLane) || rowsPerLane < 1)
    throw new RangeError("rowsPerLane must be a whole number, 1 or more");
  if (!(columnStep > 0)) throw new RangeError("columnStep must be above 0");
  const maxEdges = (nodeCount * (nodeCount - 1)) / 2;
  if (edgeCount > maxEdges) throw new RangeError(`${nodeCount} nodes allow at most ${maxEdges} distinct edges`);

  const rowStep = rowsPerLane > 1 ? (LANE_HEIGHT - 2 * LANE_PADDING - NODE_HEIGHT) / (rowsPerLane - 1) : 0;
  const nodes: PipelineNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const phase = PHASES[i % PHASES.length]!;
    const inLane = Math.floor(i / PHASES.length);
    const column = Math.floor(inLane / rowsPerLane);
    const row = inLane % rowsPerLane;
    const kind = KINDS[i % KINDS.length]!;
    const category =
      kind === "step"
        ? STEP_CATEGORY_IDS[i % STEP_CATEGORY_IDS.length]!
        : kind === "component"
          ? COMPONENT_IDS[i % COMPONENT_IDS.length]!
          : null;
    nodes.push(
      makeNode({
        id: `n_${i}`,
        kind,
        title: `Step ${i + 1}`,
        category,
        phase,
        stage: STAGES[i % STAGES.length]!,
        automation: AUTOMATIONS[i % AUTOMATIONS.length]!,
        position: { x: column * columnStep, y: laneTop(phase) + LANE_PADDING + Math.round(row * rowStep) },
      }),
    );
  }

  const random = mulberry32(seed);
  const pairs = new Set<number>();
  const edges: PipelineEdge[] = [];
  let attempts = 0;
  while (edges.length < edgeCount) {
    attempts++;
    let source: number;
    let target: number;
    if (attempts <= edgeCount * 20 && random() < 0.95) {
      source = Math.floor(random() * (nodeCount - 1));
      target = source + 1 + Math.floor(random() * Math.min(EDGE_REACH, nodeCount - 1 - source));
    } else {
      source = Math.floor(random() * nodeCount);
      target = Math.floor(random() * nodeCount);
      if (source === target) continue;
      if (source > target) [source, target] = [target, source];
    }
    const pair = source * nodeCount + target;
    if (pairs.has(pair)) {
      // A dense request (close to every pair) would wait long for random luck: take the next free pair.
      if (attempts > edgeCount * 40) {
        const free = firstFreePair(pairs, nodeCount);
        source = Math.floor(free / nodeCount);
        target = free % nodeCount;
      } else continue;
    }
    pairs.add(source * nodeCount + target);
    edges.push({ id: `e_${edges.length}`, source: nodes[source]!.id, target: nodes[target]!.id, label: null });
  }

  return { nodes, edges, bounds: nodesBounds(nodes) ?? { x: 0, y: 0, width: 0, height: 0 } };
}

function firstFreePair(pairs: Set<number>, n: number): number {
  for (let s = 0; s < n; s++) for (let t = s + 1; t < n; t++) if (!pairs.has(s * n + t)) return s * n + t;
  throw new Error("no free pair left");
}

/** Small seeded PRNG (mulberry32): numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
