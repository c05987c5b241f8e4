import "server-only";
import type { z } from "zod";
import { MAX_EDGES, MAX_NODES, type PipelineDiagram, type PipelineEdge, type PipelineNode } from "@/lib/pipeline/types";
import type { ZPipelineEdge, ZPipelineNode } from "@/lib/validation/pipeline";
import { AppError, ConflictError } from "./errors";

// What every write of a diagram (a save, an import) checks and answers the same way: the size
// limits, the normal form of a node and an edge, the version errors, the transaction's timeouts.

export function checkCounts(elements: { nodes: unknown[]; edges: unknown[] }, what: string) {
  if (elements.nodes.length > MAX_NODES)
    throw new AppError(
      "invalid_input",
      `A diagram has at most ${MAX_NODES} nodes; ${what} would have ${elements.nodes.length}.`,
    );
  if (elements.edges.length > MAX_EDGES)
    throw new AppError(
      "invalid_input",
      `A diagram has at most ${MAX_EDGES} edges; ${what} would have ${elements.edges.length}.`,
    );
}

// A 5,000-node replace takes a few seconds on the embedded database; the default 5 s
// interactive-transaction timeout is too tight for it.
export const SAVE_TX_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

export function normaliseNode(node: z.infer<typeof ZPipelineNode>): PipelineNode {
  return {
    ...node,
    description: node.description ?? "",
    category: node.category ?? null,
    ownerId: node.ownerId ?? null,
    priority: node.priority ?? null,
    sourceCells: node.sourceCells?.length ? node.sourceCells : null,
  };
}

export function normaliseEdge(edge: z.infer<typeof ZPipelineEdge>): PipelineEdge {
  return { id: edge.id, source: edge.source, target: edge.target, label: edge.label ?? null };
}

export const aheadError = (baseVersion: number, saved: number) =>
  new AppError("invalid_input", `baseVersion ${baseVersion} is ahead of the saved version ${saved}.`);

export const staleError = (current: PipelineDiagram) =>
  new ConflictError("Someone else changed this pipeline since you loaded it.", { current });
