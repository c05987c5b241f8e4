import { componentOfStep, isComponentId, type ComponentId } from "../pipeline/components";
import type { PipelineDiagram, PipelineNode } from "../pipeline/types";

// What a pipeline diagram says, read the way the suggestion rules ask it: which nodes provide
// a component (a component node its category; a step node the component its cell category
// maps to, lib/pipeline/components.ts `componentOfStep`), and which nodes are linked.

export type DiagramFacts = {
  nodes: readonly PipelineNode[];
  /** Nodes providing the component, in diagram order. */
  providing(component: ComponentId, filter?: (node: PipelineNode) => boolean): PipelineNode[];
  /** Whether an edge joins the two nodes (in the given direction, or either when `directed` is false). */
  linked(from: PipelineNode, to: PipelineNode, directed?: boolean): boolean;
};

export function componentOfNode(node: PipelineNode): ComponentId | null {
  if (node.kind === "component") return isComponentId(node.category) ? node.category : null;
  if (node.kind === "step") return componentOfStep(node.category, node.automation);
  return null;
}

export function diagramFacts(diagram: PipelineDiagram): DiagramFacts {
  const byComponent = new Map<ComponentId, PipelineNode[]>();
  for (const node of diagram.nodes) {
    const component = componentOfNode(node);
    if (component) byComponent.set(component, [...(byComponent.get(component) ?? []), node]);
  }
  const edges = new Set(diagram.edges.map((e) => `${e.source}\u0000${e.target}`));
  return {
    nodes: diagram.nodes,
    providing: (component, filter = () => true) => (byComponent.get(component) ?? []).filter(filter),
    linked: (from, to, directed = false) =>
      edges.has(`${from.id}\u0000${to.id}`) || (!directed && edges.has(`${to.id}\u0000${from.id}`)),
  };
}

export const automated = (node: PipelineNode) => node.automation === "AUTOMATED";
