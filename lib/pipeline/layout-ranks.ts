import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from "@dagrejs/dagre";
import { NODE_HEIGHT, NODE_WIDTH } from "./lanes";

// The left-to-right half of auto-layout: which column (rank) each node goes in, and
// its order within the column. Nodes are numbered by their index in the input; edges
// are [source, target] pairs of indexes, without self-loops or duplicates.
//
// dagre gives the nicer result (network-simplex ranks, crossing reduction), but its
// cost grows with nodes + edges + the dummy nodes it adds along edges spanning several
// ranks: measured here at ~0.2 ms per unit of that work, so a 1,000-node chain takes
// ~0.5 s and a 300-node graph with long edges several seconds. Above DAGRE_WORK_LIMIT
// the linear-time ranking below is used instead; both keep every edge of an acyclic
// graph pointing right.

export type IndexEdge = readonly [source: number, target: number];
/** `rank`: equal values share a column, larger is further right. `order`: position within the column. */
export type Ranking = { rank: number[]; order: number[] };

const DAGRE_WORK_LIMIT = 600;

export function rankNodes(
  count: number,
  edges: readonly IndexEdge[],
  engine: "auto" | "dagre" | "fast" = "auto",
): Ranking {
  const fast = fastRanking(count, edges);
  if (engine === "fast" || count === 0) return fast;
  if (engine === "auto" && dagreWork(fast.rank, edges) > DAGRE_WORK_LIMIT) return fast;
  try {
    return dagreRanking(count, edges);
  } catch {
    // dagre throws on some degenerate inputs; a layout is still owed to the user.
    return fast;
  }
}

/** Roughly what dagre will spend: nodes, edges and one dummy node per rank an edge skips. */
function dagreWork(rank: number[], edges: readonly IndexEdge[]): number {
  let work = rank.length + edges.length;
  for (const [s, t] of edges) work += Math.max(0, Math.abs((rank[t] ?? 0) - (rank[s] ?? 0)) - 1);
  return work;
}

function dagreRanking(count: number, edges: readonly IndexEdge[]): Ranking {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>();
  g.setGraph({ rankdir: "LR" });
  g.setDefaultEdgeLabel(() => ({}));
  // Index keys, not the node ids: graphlib keeps nodes in plain objects, where an id like
  // "__proto__" (allowed by ELEMENT_ID_RE) would misbehave.
  for (let i = 0; i < count; i++) g.setNode(String(i), { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const [s, t] of edges) g.setEdge(String(s), String(t));
  layout(g);
  const rank: number[] = [];
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    const label = g.node(String(i));
    // With rankdir LR all nodes of a rank share one x; y is their order down the rank.
    rank.push(Math.round(label.x ?? 0));
    order.push(label.y ?? i);
  }
  return { rank, order };
}

/** Longest-path layering plus a few barycentre sweeps; O((V + E) log V). */
function fastRanking(count: number, edges: readonly IndexEdge[]): Ranking {
  const { succ, pred } = acyclicAdjacency(count, edges);

  // Kahn's algorithm: every node one rank right of its furthest predecessor.
  const indegree = pred.map((p) => p.length);
  const rank = new Array<number>(count).fill(0);
  const topo: number[] = [];
  for (let v = 0; v < count; v++) if (indegree[v] === 0) topo.push(v);
  for (let head = 0; head < topo.length; head++) {
    const v = topo[head]!;
    for (const w of succ[v]!) {
      rank[w] = Math.max(rank[w]!, rank[v]! + 1);
      if (--indegree[w]! === 0) topo.push(w);
    }
  }
  // A source feeding only late steps (a data set used at the end) sits just before its first
  // consumer rather than at the far left, which would draw a long edge across the canvas.
  for (let i = topo.length - 1; i >= 0; i--) {
    const v = topo[i]!;
    if (pred[v]!.length === 0 && succ[v]!.length > 0)
      rank[v] = succ[v]!.reduce((min, w) => Math.min(min, rank[w]!), Infinity) - 1;
  }

  return { rank, order: barycentreOrder(rank, succ, pred) };
}

/** Adjacency with the back edges of a depth-first search (in input order) reversed, so it has no cycle. */
function acyclicAdjacency(count: number, edges: readonly IndexEdge[]) {
  const out: number[][] = Array.from({ length: count }, () => []);
  for (const [s, t] of edges) if (s !== t) out[s]!.push(t);
  const succ: number[][] = Array.from({ length: count }, () => []);
  const pred: number[][] = Array.from({ length: count }, () => []);
  const link = (s: number, t: number) => {
    succ[s]!.push(t);
    pred[t]!.push(s);
  };
  const state = new Uint8Array(count); // 0 unseen, 1 on the DFS stack, 2 finished
  for (let root = 0; root < count; root++) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    const stack: [node: number, next: number][] = [[root, 0]];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [v, i] = top;
      const targets = out[v]!;
      if (i === targets.length) {
        state[v] = 2;
        stack.pop();
        continue;
      }
      top[1] = i + 1;
      const w = targets[i]!;
      if (state[w] === 1) {
        link(w, v);
      } else {
        link(v, w);
        if (state[w] === 0) {
          state[w] = 1;
          stack.push([w, 0]);
        }
      }
    }
  }
  return { succ, pred };
}

/** Orders each rank by the mean position of its neighbours, sweeping right then left a few times. */
function barycentreOrder(rank: number[], succ: number[][], pred: number[][]): number[] {
  const byRank = new Map<number, number[]>();
  rank.forEach((r, v) => {
    const layer = byRank.get(r);
    if (layer) layer.push(v);
    else byRank.set(r, [v]);
  });
  const layers = [...byRank.keys()].sort((a, b) => a - b).map((r) => byRank.get(r)!);
  const pos = new Array<number>(rank.length).fill(0);
  const place = (layer: number[]) => layer.forEach((v, i) => (pos[v] = i));
  layers.forEach(place);

  const sweep = (layer: number[], neighbours: number[][]) => {
    const key = new Map<number, number>();
    for (const v of layer) {
      const ns = neighbours[v]!;
      key.set(v, ns.length === 0 ? pos[v]! : ns.reduce((sum, w) => sum + pos[w]!, 0) / ns.length);
    }
    layer.sort((a, b) => key.get(a)! - key.get(b)! || pos[a]! - pos[b]!);
    place(layer);
  };
  for (let pass = 0; pass < 4; pass++) {
    for (const layer of layers) sweep(layer, pred);
    for (let i = layers.length - 1; i >= 0; i--) sweep(layers[i]!, succ);
  }
  return pos;
}
