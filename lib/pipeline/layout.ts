import { LANE_HEIGHT, LANE_PADDING, laneTop, NODE_HEIGHT, NODE_WIDTH } from "./lanes";
import { rankNodes, type IndexEdge } from "./layout-ranks";
import { PHASES, type Phase, type PipelineEdge, type PipelineNode } from "./types";

// Auto-layout with the lane rule: edges decide the columns (left to right), phases decide
// the lanes (top to bottom) and never change. Within one column of one lane, nodes stack
// in up to ROWS_PER_LANE rows; more spill into extra sub-columns, which widen that column
// for every lane so columns never overlap and an edge of an acyclic graph always points right.

const RANK_GAP = 100;
const COLUMN_GAP = 32;
const ROW_GAP = 12;
const ROWS_PER_LANE = Math.max(1, Math.floor((LANE_HEIGHT - 2 * LANE_PADDING + ROW_GAP) / (NODE_HEIGHT + ROW_GAP)));

export type LayoutOptions = {
  /** Which ranking to use; "auto" picks dagre when it is fast enough (see layout-ranks.ts). */
  engine?: "auto" | "dagre" | "fast";
};

/**
 * New positions for every node (same order, same fields otherwise). Deterministic for a
 * given input. Edges naming unknown nodes, self-loops and duplicate edges are ignored.
 */
export function autoLayout(nodes: PipelineNode[], edges: PipelineEdge[], options: LayoutOptions = {}): PipelineNode[] {
  const ranking = rankNodes(nodes.length, indexEdges(nodes, edges), options.engine);
  const column = compactColumns(ranking.rank);

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
  return nodes.map((node, i) => ({ ...node, position: positions[i]! }));
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
