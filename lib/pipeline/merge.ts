import type { PipelineEdge, PipelineNode } from "./types";

// The three-way merge of two saves of one diagram (issue #13, point 6): `base` is the version
// both started from, `mine` the save being made, `theirs` what was saved since. Elements are
// matched by id and compared field by field, so two people who touched different nodes, or
// different fields of one node, both keep their edits; only the same field changed two ways
// (or an element deleted by one and edited by the other) is a conflict, named by its field.
// Pure: the server merges a stale save with it (lib/server/pipeline.ts) and the editor merges
// the server's merged answer into edits made while the save was under way.

export type DiagramElements = { nodes: PipelineNode[]; edges: PipelineEdge[] };

/** One element both sides changed in a way that cannot be combined. */
export type MergeConflict = {
  element: "node" | "edge";
  id: string;
  /** The node's title (theirs, else mine) or the edge's "source → target", for messages. */
  label: string;
  /** The fields changed two ways; "deleted" when one side deleted what the other edited. */
  fields: string[];
};

export type MergeResult = DiagramElements & { conflicts: MergeConflict[] };

/**
 * Which side an overlap goes to. "theirs" (the default) leaves the result not to be saved
 * until someone chooses; "mine" is that choice made ("Keep mine" on the conflict banner):
 * the overlapped fields take mine, everything else still merges, so the other person's
 * changes that did not overlap survive.
 */
export type MergePreference = "theirs" | "mine";

/** The fields of a node that merge independently; x and y move together. */
export const NODE_MERGE_FIELDS = [
  "kind",
  "title",
  "description",
  "category",
  "phase",
  "stage",
  "automation",
  "ownerId",
  "priority",
  "position",
  "sourceCells",
] as const satisfies readonly (keyof PipelineNode)[];

export const EDGE_MERGE_FIELDS = ["source", "target", "label"] as const satisfies readonly (keyof PipelineEdge)[];

// Every field of the domain types merges: a new field does not compile until it is listed.
type Assert<T extends true> = T;
type _AllNodeFields = Assert<
  [Exclude<keyof PipelineNode, "id" | (typeof NODE_MERGE_FIELDS)[number]>] extends [never] ? true : false
>;
type _AllEdgeFields = Assert<
  [Exclude<keyof PipelineEdge, "id" | (typeof EDGE_MERGE_FIELDS)[number]>] extends [never] ? true : false
>;

/** Structural equality for the plain JSON values a node holds (strings, numbers, null, arrays, {x, y}). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

type Element = { id: string };
type MergeOne<T> = { value: T | null; fields: string[] };

/** Field-wise merge of one element present on some sides; null value = deleted. */
function mergeElement<T extends Element>(
  fields: readonly (keyof T)[],
  base: T | undefined,
  mine: T | undefined,
  theirs: T | undefined,
  prefer: MergePreference,
): MergeOne<T> {
  if (!base) {
    // Added on one side, or (same id, which random ids make rare) on both.
    if (!mine || !theirs) return { value: (mine ?? theirs) as T, fields: [] };
    return combine(fields, mine, mine, theirs, prefer);
  }
  if (!mine && !theirs) return { value: null, fields: [] };
  if (!mine || !theirs) {
    const kept = (mine ?? theirs) as T;
    // Deleted on one side: fine if the other left it as it was, a conflict if they edited it.
    if (changedFields(fields, base, kept).length === 0) return { value: null, fields: [] };
    // Mine winning: my deletion stands over their edit, my edit over their deletion.
    return { value: prefer === "mine" ? (mine ?? null) : kept, fields: ["deleted"] };
  }
  return combine(fields, base, mine, theirs, prefer);
}

function combine<T extends Element>(
  fields: readonly (keyof T)[],
  base: T,
  mine: T,
  theirs: T,
  prefer: MergePreference,
): MergeOne<T> {
  const value = { ...theirs };
  const clashes: string[] = [];
  for (const field of fields) {
    const m = mine[field];
    const t = theirs[field];
    if (sameValue(m, t) || sameValue(m, base[field])) continue;
    if (sameValue(t, base[field])) value[field] = m;
    else {
      clashes.push(String(field));
      if (prefer === "mine") value[field] = m;
    }
  }
  return { value, fields: clashes };
}

function changedFields<T>(fields: readonly (keyof T)[], a: T, b: T): (keyof T)[] {
  return fields.filter((f) => !sameValue(a[f], b[f]));
}

/**
 * The ids of all three sides in a stable order: theirs' order (the saved one), then what only
 * mine has, in mine's order, then what only base has.
 */
function orderedIds(base: Element[], mine: Element[], theirs: Element[]): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const list of [theirs, mine, base])
    for (const { id } of list)
      if (!seen.has(id)) {
        seen.add(id);
        ids.push(id);
      }
  return ids;
}

function mergeList<T extends Element>(
  fields: readonly (keyof T)[],
  base: T[],
  mine: T[],
  theirs: T[],
  describe: (element: T) => string,
  kind: MergeConflict["element"],
  prefer: MergePreference,
): { values: T[]; conflicts: MergeConflict[] } {
  const b = new Map(base.map((e) => [e.id, e]));
  const m = new Map(mine.map((e) => [e.id, e]));
  const t = new Map(theirs.map((e) => [e.id, e]));
  const values: T[] = [];
  const conflicts: MergeConflict[] = [];
  for (const id of orderedIds(base, mine, theirs)) {
    const merged = mergeElement(fields, b.get(id), m.get(id), t.get(id), prefer);
    if (merged.value) values.push(merged.value);
    if (merged.fields.length > 0) {
      const shown = t.get(id) ?? m.get(id) ?? b.get(id);
      conflicts.push({ element: kind, id, label: shown ? describe(shown) : id, fields: merged.fields });
    }
  }
  return { values, conflicts };
}

/**
 * Merges `mine` and `theirs`, both descended from `base`. Disjoint changes all apply; the
 * conflicts list what overlapped; the result holds `prefer`'s side for those fields (theirs
 * by default: then it is not to be saved until someone chooses). After the element merge,
 * edges are checked as a whole: an edge one side added to a node the other deleted is a
 * conflict, and two new edges joining the same pair are one. Mine winning, my edge to a node
 * they deleted brings the node back (as I have it), and their edge to a node I deleted goes.
 */
export function mergeDiagrams(
  base: DiagramElements,
  mine: DiagramElements,
  theirs: DiagramElements,
  prefer: MergePreference = "theirs",
): MergeResult {
  const nodes = mergeList(NODE_MERGE_FIELDS, base.nodes, mine.nodes, theirs.nodes, (n) => n.title, "node", prefer);
  const titles = new Map([...base.nodes, ...mine.nodes, ...theirs.nodes].map((n) => [n.id, n.title]));
  const describeEdge = (e: PipelineEdge) => `${titles.get(e.source) ?? e.source} → ${titles.get(e.target) ?? e.target}`;
  const edges = mergeList(EDGE_MERGE_FIELDS, base.edges, mine.edges, theirs.edges, describeEdge, "edge", prefer);

  const nodeIds = new Set(nodes.values.map((n) => n.id));
  const mineNodes = new Map(mine.nodes.map((n) => [n.id, n]));
  const mineEdges = new Set(mine.edges.map((e) => e.id));
  const conflicts = [...nodes.conflicts, ...edges.conflicts];
  const pairs = new Set<string>();
  const keptEdges: PipelineEdge[] = [];
  for (const edge of edges.values) {
    const missing = [edge.source, edge.target].filter((id) => !nodeIds.has(id));
    if (missing.length > 0) {
      conflicts.push({ element: "edge", id: edge.id, label: describeEdge(edge), fields: ["deleted"] });
      const restorable = prefer === "mine" && mineEdges.has(edge.id) && missing.every((id) => mineNodes.has(id));
      if (!restorable) continue;
      for (const id of missing) {
        nodes.values.push(mineNodes.get(id)!);
        nodeIds.add(id);
      }
    }
    const pair = `${edge.source}\u0000${edge.target}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    keptEdges.push(edge);
  }
  return { nodes: nodes.values, edges: keptEdges, conflicts };
}

/** "Title (title, description); A → B (deleted)": the conflicts in a sentence's worth of words. */
export function describeConflicts(conflicts: MergeConflict[], max = 3): string {
  const shown = conflicts.slice(0, max).map((c) => `${c.label} (${c.fields.join(", ")})`);
  const more = conflicts.length - shown.length;
  return more > 0 ? `${shown.join("; ")} and ${more} more` : shown.join("; ");
}
