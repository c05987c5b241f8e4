import { z } from "zod";
import { isStepCategory } from "@/lib/notebook/taxonomy";
import { isComponentId } from "@/lib/pipeline/components";
import { ELEMENT_ID_RE } from "@/lib/pipeline/ids";
import {
  AUTOMATIONS,
  MAX_EDGES,
  MAX_NODES,
  NODE_KINDS,
  PHASES,
  PRIORITIES,
  STAGES,
  type PipelineDiagram,
  type PipelineEdge,
  type PipelineNode,
} from "@/lib/pipeline/types";
import { displayName } from "./common";
import {
  MAX_COORDINATE,
  MAX_NOTEBOOK_CELLS,
  MAX_VIEWPORT_OFFSET,
  boundedNumber,
  cellIndex,
  safeText,
  version,
} from "./text";

// The pipeline diagram on the wire. Input: the body of PUT /api/v1/projects/:projectId/pipeline,
// the whole diagram that replaces the saved one; messages name the field, and for cross-checks
// the element, so a client can point at it. Output: the diagram as the API answers it.

/** Cross-reference problems reported per body; one broken import can otherwise yield thousands. */
const MAX_REFERENCE_ISSUES = 20;

const finite = (label: string) => z.number({ error: `${label} must be a finite number` });
const elementId = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .regex(ELEMENT_ID_RE, `${label} must be 1 to 64 letters, digits, "_" or "-"`);
/** A value quoted for a message, cut short so a huge bad input does not come back whole. */
const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

export const ZPipelineNode = z
  .object({
    id: elementId("id"),
    kind: z.enum(NODE_KINDS),
    title: displayName("title", 200),
    // Beyond NUL and lone surrogates (./text.ts), what a description holds is the user's business.
    description: safeText("description").trim().max(2000, "description must be at most 2000 characters").default(""),
    category: safeText("category").max(100, "category must be at most 100 characters").nullable().default(null),
    phase: z.enum(PHASES),
    stage: z.enum(STAGES),
    automation: z.enum(AUTOMATIONS),
    ownerId: z
      .string()
      .regex(/^c[a-z0-9]{20,31}$/, "ownerId is not a valid member id")
      .nullable()
      .default(null),
    priority: z.enum(PRIORITIES).nullable().default(null),
    position: z
      .object({ x: boundedNumber("position.x", MAX_COORDINATE), y: boundedNumber("position.y", MAX_COORDINATE) })
      .strict(),
    sourceCells: z
      .array(cellIndex("sourceCells entry"))
      .max(MAX_NOTEBOOK_CELLS, `sourceCells must have at most ${MAX_NOTEBOOK_CELLS} entries`)
      .nullable()
      .default(null),
  })
  .strict()
  .superRefine((node, ctx) => {
    const { id, kind, category } = node;
    const fail = (message: string) =>
      ctx.addIssue({ code: "custom", path: ["category"], message: `node ${show(id)}: ${message}` });
    if (kind === "component" && !isComponentId(category)) fail(`category ${show(category)} is not a component id`);
    if (kind === "step" && !isStepCategory(category)) fail(`category ${show(category)} is not a step category`);
    if ((kind === "data" || kind === "external") && category !== null)
      fail(`${kind} nodes take no category, got ${show(category)}`);
  });

export const ZPipelineEdge = z
  .object({
    id: elementId("id"),
    source: elementId("source"),
    target: elementId("target"),
    label: safeText("label").trim().max(200, "label must be at most 200 characters").nullable().default(null),
  })
  .strict();

// Lengths are checked before the elements are, so an oversized body fails fast.
const ZNodes = z
  .array(z.unknown())
  .max(MAX_NODES, `a diagram has at most ${MAX_NODES} nodes`)
  .pipe(z.array(ZPipelineNode));
const ZEdges = z
  .array(z.unknown())
  .max(MAX_EDGES, `a diagram has at most ${MAX_EDGES} edges`)
  .pipe(z.array(ZPipelineEdge));

export const ZPipelineSave = z
  .object({
    baseVersion: version("baseVersion", 0),
    viewport: z
      .object({
        x: boundedNumber("viewport.x", MAX_VIEWPORT_OFFSET),
        y: boundedNumber("viewport.y", MAX_VIEWPORT_OFFSET),
        zoom: finite("viewport.zoom")
          .gt(0, "viewport.zoom must be above 0")
          .lte(10, "viewport.zoom must be at most 10"),
      })
      .strict(),
    nodes: ZNodes,
    edges: ZEdges,
  })
  .strict()
  .superRefine(({ nodes, edges }, ctx) => {
    let reported = 0;
    const report = (path: (string | number)[], message: string) => {
      if (reported++ < MAX_REFERENCE_ISSUES) ctx.addIssue({ code: "custom", path, message });
    };

    const nodeIndex = new Map<string, number>();
    nodes.forEach((node, i) => {
      const first = nodeIndex.get(node.id);
      if (first === undefined) nodeIndex.set(node.id, i);
      else report(["nodes", i, "id"], `duplicate node id ${show(node.id)} (also nodes[${first}])`);
    });

    const edgeIndex = new Map<string, number>();
    const pairs = new Map<string, PipelineEdge>();
    edges.forEach((edge, i) => {
      const name = `edge ${show(edge.id)}`;
      const first = edgeIndex.get(edge.id);
      if (first === undefined) edgeIndex.set(edge.id, i);
      else report(["edges", i, "id"], `duplicate edge id ${show(edge.id)} (also edges[${first}])`);
      if (!nodeIndex.has(edge.source))
        report(["edges", i, "source"], `${name}: source ${show(edge.source)} is not a node of this diagram`);
      if (!nodeIndex.has(edge.target))
        report(["edges", i, "target"], `${name}: target ${show(edge.target)} is not a node of this diagram`);
      if (edge.source === edge.target) {
        report(["edges", i], `${name} connects node ${show(edge.source)} to itself`);
        return;
      }
      const pair = `${edge.source}\u0000${edge.target}`;
      const same = pairs.get(pair);
      if (same)
        report(["edges", i], `${name} repeats edge ${show(same.id)} from ${show(edge.source)} to ${show(edge.target)}`);
      else pairs.set(pair, edge);
    });
  });

export type TPipelineSave = z.infer<typeof ZPipelineSave>;

// The parsed body must be storable as the domain types as they are.
type Assert<T extends true> = T;
type _NodeMatchesDomain = Assert<z.infer<typeof ZPipelineNode> extends PipelineNode ? true : false>;
type _EdgeMatchesDomain = Assert<z.infer<typeof ZPipelineEdge> extends PipelineEdge ? true : false>;

// ---- Output ----

export const ZPipelineNodeOutput = z.strictObject({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  title: z.string(),
  description: z.string(),
  /** A TAXONOMY id for steps, a component id for components, null for data and external nodes. */
  category: z.string().nullable(),
  phase: z.enum(PHASES),
  stage: z.enum(STAGES),
  automation: z.enum(AUTOMATIONS),
  ownerId: z.string().nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  position: z.strictObject({ x: z.number(), y: z.number() }),
  sourceCells: z.array(z.int().nonnegative()).nullable(),
});

export const ZPipelineEdgeOutput = z.strictObject({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  label: z.string().nullable(),
});

/** A project's diagram; version 0 is one never saved. */
export const ZPipelineDiagram = z.strictObject({
  version: z.int().nonnegative(),
  viewport: z.strictObject({ x: z.number(), y: z.number(), zoom: z.number().positive() }),
  nodes: z.array(ZPipelineNodeOutput),
  edges: z.array(ZPipelineEdgeOutput),
});

export const ZPipelineResponse = z.strictObject({ pipeline: ZPipelineDiagram });
/**
 * PUT …/pipeline: the diagram as saved. `merged` when the save came from an older version and
 * was merged with what was saved since (the diagram then holds both people's edits).
 */
export const ZPipelineSavedResponse = z.strictObject({ pipeline: ZPipelineDiagram, merged: z.boolean() });
/** GET …/pipeline/version: the saved version alone, for the editor's poll. */
export const ZPipelineVersionResponse = z.strictObject({ version: z.int().nonnegative() });
/** A 409's `conflicts`: what both saves changed, by element and field (lib/pipeline/merge.ts). */
export const ZMergeConflict = z.strictObject({
  element: z.enum(["node", "edge"]),
  id: z.string(),
  label: z.string(),
  fields: z.array(z.string()),
});
/** POST …/pipeline/import: the diagram with the new steps, and which nodes they became (for one undo). */
export const ZPipelineImportedResponse = z.strictObject({
  pipeline: ZPipelineDiagram,
  addedNodeIds: z.array(z.string()),
});

// The answer is the domain diagram as it is, no more and no less.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type _DiagramIsDomain = Assert<Same<z.infer<typeof ZPipelineDiagram>, PipelineDiagram>>;
