import type { PipelineNode } from "./types";

// The one place a whole node is assembled: the palette, the starters, the notebook import,
// the benchmark graph and the tests name what they know and take the rest from here. A new
// node field gets its default in NODE_DEFAULTS (the type below will not compile without it).

/** What only the caller can know about a new node. */
type SeedKey = "id" | "kind" | "title" | "phase" | "stage";
export type NodeSeed = Pick<PipelineNode, SeedKey> & Partial<Omit<PipelineNode, SeedKey>>;

/** What a new node holds unless told otherwise. */
export const NODE_DEFAULTS: Readonly<Omit<PipelineNode, SeedKey>> = {
  description: "",
  category: null,
  automation: "MANUAL",
  ownerId: null,
  priority: null,
  position: { x: 0, y: 0 },
  sourceCells: null,
};

export function makeNode(seed: NodeSeed): PipelineNode {
  const node: PipelineNode = { ...NODE_DEFAULTS, ...withoutUndefined(seed) };
  // Fresh copies: a node never shares its position or cells with the seed or the defaults.
  return {
    ...node,
    position: { x: node.position.x, y: node.position.y },
    sourceCells: node.sourceCells ? [...node.sourceCells] : null,
  };
}

/** An explicit `undefined` in a seed means "not given", not "set to undefined". */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
