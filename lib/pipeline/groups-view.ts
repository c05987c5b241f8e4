import { NODE_HEIGHT, NODE_WIDTH, nodesBounds } from "./lanes";

// How notebook groups are drawn (issue #13, point 3; like Kedro-Viz's collapsible modular
// pipelines): an expanded group is a frame around its steps; a collapsed one is a single card
// with its step count in place of the steps, and the edges into or out of its steps attach to
// that card. Pure, and derived at render time from the diagram and the stored membership
// (lib/server/pipeline-groups.ts): the frames and re-routed edges are never part of the diagram
// a save sends. Frame ids contain ":", which no element id may (lib/pipeline/ids.ts).

export type NotebookGroup = { id: string; name: string; nodeIds: readonly string[] };

export type GroupFrame = {
  /** The display node's id: `group:<group id>` for the frame, `notebook:<group id>` for the collapsed card. */
  id: string;
  groupId: string;
  name: string;
  /** Steps of the group still in the diagram. */
  count: number;
  collapsed: boolean;
  position: { x: number; y: number };
  width: number;
  height: number;
};

export const GROUP_PREFIX = "group:";
// The card is a node of its own, not the frame changed: React Flow measures a node's handles
// when it mounts, and edges re-attached to a frame that grew handles were never drawn.
export const CARD_PREFIX = "notebook:";
/** Room around the steps inside an expanded frame, and for its header. */
export const FRAME_PADDING = 16;
export const FRAME_HEADER = 32;

export const isGroupFrameId = (id: string) => id.startsWith(GROUP_PREFIX) || id.startsWith(CARD_PREFIX);

type Placed = { id: string; position: { x: number; y: number } };
type Linked = { id: string; source: string; target: string };

export function groupView<E extends Linked>(
  nodes: readonly Placed[],
  edges: readonly E[],
  groups: readonly NotebookGroup[],
  collapsed: ReadonlySet<string>,
): { frames: GroupFrame[]; hidden: Set<string>; edges: E[] } {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const frames: GroupFrame[] = [];
  const hidden = new Set<string>();
  /** A hidden step → the card standing in for it. */
  const standIn = new Map<string, string>();
  const taken = new Set<string>();
  for (const group of groups) {
    // A step is drawn in one group only (the first that names it).
    const members = group.nodeIds.flatMap((id) => {
      const node = byId.get(id);
      if (!node || taken.has(id)) return [];
      taken.add(id);
      return [node];
    });
    const bounds = nodesBounds(members);
    if (!bounds) continue;
    const isCollapsed = collapsed.has(group.id);
    const id = `${isCollapsed ? CARD_PREFIX : GROUP_PREFIX}${group.id}`;
    const common = { id, groupId: group.id, name: group.name, count: members.length, collapsed: isCollapsed };
    if (isCollapsed) {
      // Where its first step was: the lane and place a person last saw the notebook start.
      frames.push({ ...common, position: { ...members[0]!.position }, width: NODE_WIDTH, height: NODE_HEIGHT });
      for (const m of members) {
        hidden.add(m.id);
        standIn.set(m.id, id);
      }
    } else {
      frames.push({
        ...common,
        position: { x: bounds.x - FRAME_PADDING, y: bounds.y - FRAME_PADDING - FRAME_HEADER },
        width: bounds.width + 2 * FRAME_PADDING,
        height: bounds.height + 2 * FRAME_PADDING + FRAME_HEADER,
      });
    }
  }
  if (standIn.size === 0) return { frames, hidden, edges: [...edges] };
  const seen = new Set<string>();
  const shown: E[] = [];
  for (const edge of edges) {
    const source = standIn.get(edge.source) ?? edge.source;
    const target = standIn.get(edge.target) ?? edge.target;
    // Inside one collapsed notebook, or a second edge between the same two cards: not drawn.
    if (source === target) continue;
    const pair = `${source}\u0000${target}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    shown.push(source === edge.source && target === edge.target ? edge : { ...edge, source, target });
  }
  return { frames, hidden, edges: shown };
}
