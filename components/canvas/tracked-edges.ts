import type { Edge, Node } from "@xyflow/react";
import { edgeTracks } from "@/lib/pipeline/edge-tracks";
import { cardEnds } from "@/lib/pipeline/edge-route";

/**
 * The edges as React Flow gets them, each back edge that shares a row gap with another carrying
 * its track (lib/pipeline/edge-tracks.ts) in `data.track` for RoutedEdge. The ends are the cards'
 * side handles (a card, or a collapsed notebook's card: both NODE_WIDTH × NODE_HEIGHT, the
 * canvas's handles). Edges without a track come back as the same objects, so React Flow redraws
 * only those whose track changed.
 */
export function withEdgeTracks(nodes: readonly Node[], edges: readonly Edge[]): Edge[] {
  const shown = new Map(nodes.filter((n) => !n.hidden).map((n) => [n.id, n.position]));
  const ends = edges.flatMap((edge) => {
    const from = shown.get(edge.source);
    const to = shown.get(edge.target);
    if (!from || !to || edge.hidden) return [];
    return [{ id: edge.id, label: typeof edge.label === "string" ? edge.label : null, ...cardEnds(from, to) }];
  });
  const tracks = edgeTracks(ends);
  if (tracks.size === 0) return edges as Edge[];
  return edges.map((edge) => {
    const track = tracks.get(edge.id);
    return track ? { ...edge, data: { ...edge.data, track } } : edge;
  });
}
