import { LANE_HEIGHT, LANE_PADDING, lanesFor, laneTop, NODE_HEIGHT, NODE_WIDTH, nodesBounds } from "./lanes";
import { rankNodes, type IndexEdge, type Ranking } from "./layout-ranks";
import { PHASES, type Phase, type PipelineEdge, type PipelineNode } from "./types";

// Auto-layout with the lane rule: edges decide the columns (left to right), phases decide
// the lanes (top to bottom) and never change. Within one column of one lane, nodes stack
// in up to ROWS_PER_LANE rows; more spill into extra sub-columns, which widen that column
// for every lane so columns never overlap and an edge of an acyclic graph always points right.
//
// A long pipeline laid out that way is one row thousands of pixels wide: fitted into a window
// its titles are unreadable. So when the columns are too wide to fit the view at READABLE_ZOOM, each
// lane wraps instead: its nodes, in column order, fill rows of W cards, then the next row,
// and the lane grows to hold its rows (lanes.ts `laneGeometry`). W is the width that fits the
// whole diagram into the view at the largest zoom. Wrapped, an edge points forward in
// reading order (right, or down to a later row) rather than always right.
const RANK_GAP = 100;
const COLUMN_GAP = 32;
const ROW_GAP = 12;
const ROWS_PER_LANE = Math.max(1, Math.floor((LANE_HEIGHT - 2 * LANE_PADDING + ROW_GAP) / (NODE_HEIGHT + ROW_GAP)));

export type LayoutOptions = {
  /** Which ranking to use; "auto" picks dagre when it is fast enough (see layout-ranks.ts). */
  engine?: "auto" | "dagre" | "fast";
  /** Wrap long lanes into rows when that reads better (default); false keeps one row of columns. */
  wrap?: boolean;
  /** The room the diagram is fitted into, in screen pixels (default WRAP_VIEW). */
  view?: { width: number; height: number };
  /** Wrap only into rows that fit a LANE_HEIGHT lane (nodes laid out beside others in fixed lanes). */
  fixedLanes?: boolean;
};

/**
 * The canvas at 1440×900, less the fit padding (components/canvas/fit-view.ts: 150 + 40 px
 * across, 48 + 48 down) and the page around it: what a fitted diagram has to fit into.
 */
export const WRAP_VIEW = { width: 1200, height: 600 } as const;
/** Titles on the cards are comfortably legible at this zoom and above. */
export const READABLE_ZOOM = 0.75;
const WRAP_COLUMN_GAP = 64;
/** Between the rows of a wrapped lane: edges back to a row's start run along it (edge-route.ts). */
export const WRAP_ROW_GAP = 28;
/** Widths tried for a wrapped row, in cards. */
const MAX_WRAP_COLUMNS = 60;
/** Wrapped rows that fit in a LANE_HEIGHT lane. */
const FIXED_ROWS = Math.max(
  1,
  Math.floor((LANE_HEIGHT - 2 * LANE_PADDING + WRAP_ROW_GAP) / (NODE_HEIGHT + WRAP_ROW_GAP)),
);

type Point = { x: number; y: number };

/** The zoom at which `points` (card corners) fit into `view`. */
export function fittedZoom(points: readonly { position: Point }[], view: { width: number; height: number }): number {
  const box = nodesBounds(points);
  return box ? Math.min(view.width / box.width, view.height / box.height) : 1;
}

/**
 * New positions for every node (same order, same fields otherwise). Deterministic for a
 * given input. Edges naming unknown nodes, self-loops and duplicate edges are ignored.
 */
export function autoLayout(nodes: PipelineNode[], edges: PipelineEdge[], options: LayoutOptions = {}): PipelineNode[] {
  const links = indexEdges(nodes, edges);
  const ranking = rankNodes(nodes.length, links, options.engine);
  const column = compactColumns(ranking.rank);
  let positions = columnPositions(nodes, ranking, column);
  if (options.wrap !== false && nodes.length > 0) {
    const view = options.view ?? WRAP_VIEW;
    const box = nodesBounds(positions.map((position) => ({ position })))!;
    const zoom = Math.min(view.width / box.width, view.height / box.height);
    // Rows help only a diagram too wide to read; one too tall has lanes of stacked cards already.
    if (zoom < READABLE_ZOOM && view.width / box.width <= view.height / box.height) {
      const wrapped = wrappedPositions(nodes, links, ranking, column, view, options.fixedLanes ? FIXED_ROWS : Infinity);
      if (wrapped.zoom > zoom) positions = wrapped.positions;
    }
  }
  return nodes.map((node, i) => ({ ...node, position: positions[i]! }));
}

/** One column per rank, shared by every lane (the layout of a diagram that fits). */
function columnPositions(nodes: PipelineNode[], ranking: Ranking, column: number[]): Point[] {
  // Cells: one per column and lane, nodes ordered as the ranking says (input order on ties).
  const cells = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const key = cellKey(column[i]!, node.phase);
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  for (const cell of cells.values()) cell.sort((a, b) => ranking.order[a]! - ranking.order[b]! || a - b);

  const columnCount = column.reduce((max, c) => Math.max(max, c + 1), 0);
  const subColumns = new Array<number>(columnCount).fill(1);
  for (const [key, cell] of cells) {
    const c = Number(key.split(":")[0]);
    subColumns[c] = Math.max(subColumns[c]!, Math.ceil(cell.length / ROWS_PER_LANE));
  }
  const columnLeft: number[] = [];
  let x = 0;
  for (const count of subColumns) {
    columnLeft.push(x);
    x += blockWidth(count) + RANK_GAP;
  }

  const positions = new Array<{ x: number; y: number }>(nodes.length);
  for (let c = 0; c < columnCount; c++) {
    for (const phase of PHASES) {
      const cell = cells.get(cellKey(c, phase));
      if (!cell) continue;
      const cellColumns = Math.ceil(cell.length / ROWS_PER_LANE);
      // Centre a narrower cell in its column, so lanes with fewer nodes line up in the middle.
      const left = columnLeft[c]! + (blockWidth(subColumns[c]!) - blockWidth(cellColumns)) / 2;
      cell.forEach((nodeIndex, i) => {
        const sub = Math.floor(i / ROWS_PER_LANE);
        const row = i % ROWS_PER_LANE;
        const inSub = Math.min(ROWS_PER_LANE, cell.length - sub * ROWS_PER_LANE);
        const top = laneTop(phase) + (LANE_HEIGHT - blockHeight(inSub)) / 2;
        positions[nodeIndex] = { x: left + sub * (NODE_WIDTH + COLUMN_GAP), y: top + row * (NODE_HEIGHT + ROW_GAP) };
      });
    }
  }
  return positions;
}

/** Each lane's nodes in column order, in rows of the width that fits the view best. */
function wrappedPositions(
  nodes: PipelineNode[],
  edges: readonly IndexEdge[],
  ranking: Ranking,
  column: number[],
  view: { width: number; height: number },
  maxRows: number,
): { positions: Point[]; zoom: number } {
  // When the given order already has every edge pointing forward (an import: notebook order),
  // rows read in that order, the one the person knows; otherwise in column order.
  const forward = edges.every(([s, t]) => s < t);
  const lanes = PHASES.map((phase) =>
    nodes
      .map((n, i) => (n.phase === phase ? i : -1))
      .filter((i) => i >= 0)
      .sort((a, b) => (forward ? a - b : column[a]! - column[b]! || ranking.order[a]! - ranking.order[b]! || a - b)),
  );
  const longest = Math.max(...lanes.map((l) => l.length));
  let best: { positions: Point[]; zoom: number } | null = null;
  for (let width = Math.max(1, Math.ceil(longest / maxRows)); width <= Math.min(longest, MAX_WRAP_COLUMNS); width++) {
    const positions = placeInRows(nodes.length, lanes, width);
    const zoom = fittedZoom(
      positions.map((position) => ({ position })),
      view,
    );
    if (!best || zoom > best.zoom) best = { positions, zoom };
  }
  // No width fits the row limit: zoom 0, so the caller keeps the columns.
  return best ?? { positions: [], zoom: 0 };
}

function placeInRows(count: number, lanes: number[][], width: number): Point[] {
  const rowsOf = (lane: number[]) => Math.ceil(lane.length / width);
  const content = (rows: number) => (rows === 0 ? 0 : rows * NODE_HEIGHT + (rows - 1) * WRAP_ROW_GAP);
  const geometry = lanesFor(Object.fromEntries(PHASES.map((p, i) => [p, content(rowsOf(lanes[i]!))])));
  const positions = new Array<Point>(count);
  PHASES.forEach((phase, l) => {
    const lane = lanes[l]!;
    // At the top of the lane (which is as tall as its rows, or LANE_HEIGHT), so a lane of one
    // row leaves its spare height below, where the fitted view does not have to show it.
    const top = geometry[phase].top + LANE_PADDING;
    lane.forEach((nodeIndex, k) => {
      const row = Math.floor(k / width);
      positions[nodeIndex] = {
        x: (k % width) * (NODE_WIDTH + WRAP_COLUMN_GAP),
        y: top + row * (NODE_HEIGHT + WRAP_ROW_GAP),
      };
    });
  });
  return positions;
}

function cellKey(column: number, phase: Phase): string {
  return `${column}:${phase}`;
}

function blockWidth(columns: number): number {
  return columns * NODE_WIDTH + (columns - 1) * COLUMN_GAP;
}

function blockHeight(rows: number): number {
  return rows * NODE_HEIGHT + (rows - 1) * ROW_GAP;
}

/** Ranks as 0, 1, 2, … in increasing order, whatever numbers the ranking used. */
function compactColumns(rank: number[]): number[] {
  const distinct = [...new Set(rank)].sort((a, b) => a - b);
  const index = new Map(distinct.map((r, i) => [r, i]));
  return rank.map((r) => index.get(r)!);
}

/** Edges as index pairs; the first node wins if ids repeat. */
function indexEdges(nodes: PipelineNode[], edges: PipelineEdge[]): IndexEdge[] {
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!index.has(node.id)) index.set(node.id, i);
  });
  const seen = new Set<string>();
  const result: IndexEdge[] = [];
  for (const edge of edges) {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = `${s}>${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push([s, t]);
  }
  return result;
}
