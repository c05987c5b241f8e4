import { phaseOf } from "../notebook/taxonomy";
import type { TImportData, TImportLink, TImportStep } from "../validation/notebook-import";
import { stageOfStep } from "./components";
import { NODE_WIDTH } from "./lanes";
import { autoLayout } from "./layout";
import { makeNode } from "./make-node";
import type { PipelineEdge, PipelineNode } from "./types";

// Notebook steps becoming canvas nodes: kind `step`, automation MANUAL (a notebook is run
// by hand), each in the lane of its phase, linked by what flows between them (`links` and
// `data`, from lib/notebook/step-flow.ts; without them, chained in notebook order), laid out
// together (wrapped into rows when long) and placed to the right of whatever the diagram
// already holds. A step's phase and stage follow from its category; a data node (a file one
// step writes and later ones read) sits in the lane of the step that writes it.

const GAP_AFTER_EXISTING = NODE_WIDTH;

export type ImportFlow = { links?: readonly TImportLink[]; data?: readonly TImportData[] };

export function appendImportedSteps(
  diagram: { nodes: PipelineNode[]; edges: PipelineEdge[] },
  steps: readonly TImportStep[],
  makeNodeId: () => string,
  makeEdgeId: () => string,
  flow: ImportFlow = {},
): { nodes: PipelineNode[]; edges: PipelineEdge[]; addedNodeIds: string[] } {
  const stepNodes: PipelineNode[] = steps.map((step) =>
    makeNode({
      id: makeNodeId(),
      kind: "step",
      title: step.title,
      category: step.category,
      phase: phaseOf(step.category),
      stage: stageOfStep(step.category),
      sourceCells: step.cellIndexes.length ? [...step.cellIndexes] : null,
    }),
  );
  const dataNodes = (flow.data ?? []).map((d) => {
    const writer = steps[d.source]!;
    return makeNode({
      id: makeNodeId(),
      kind: "data",
      title: d.title,
      phase: phaseOf(writer.category),
      stage: stageOfStep(writer.category),
    });
  });
  const pairs: [source: string, target: string, label: string | null][] = flow.links
    ? flow.links.map((l) => [stepNodes[l.source]!.id, stepNodes[l.target]!.id, l.label])
    : stepNodes.slice(1).map((node, i) => [stepNodes[i]!.id, node.id, null]);
  (flow.data ?? []).forEach((d, i) => {
    const data = dataNodes[i]!.id;
    pairs.push([stepNodes[d.source]!.id, data, null]);
    for (const t of d.targets) pairs.push([data, stepNodes[t]!.id, null]);
  });
  const seen = new Set<string>();
  const edges: PipelineEdge[] = [];
  for (const [source, target, label] of pairs) {
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: makeEdgeId(), source, target, label });
  }
  // Beside nodes already in the lanes, the import wraps only as far as the lanes already reach.
  // Each data node right after the step that writes it: the input order stays notebook order,
  // which a wrapped lane then reads in.
  const ordered = stepNodes.flatMap((node, s) => [
    node,
    ...dataNodes.filter((_, d) => (flow.data ?? [])[d]?.source === s),
  ]);
  const laidOut = autoLayout(ordered, edges, { fixedLanes: diagram.nodes.length > 0 });
  const startX = diagram.nodes.length
    ? Math.max(...diagram.nodes.map((n) => n.position.x)) + NODE_WIDTH + GAP_AFTER_EXISTING
    : 0;
  const minX = laidOut.length ? Math.min(...laidOut.map((n) => n.position.x)) : 0;
  const placed = laidOut.map((n) => ({ ...n, position: { x: n.position.x - minX + startX, y: n.position.y } }));
  return {
    nodes: [...diagram.nodes, ...placed],
    edges: [...diagram.edges, ...edges],
    addedNodeIds: placed.map((n) => n.id),
  };
}
