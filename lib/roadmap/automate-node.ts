import { componentOfStep, getComponent, isComponentId, type ComponentId } from "@/lib/pipeline/components";
import type { PipelineNode } from "@/lib/pipeline/types";
import { nodeSourceKey } from "./generate";

// "Automate this" on a canvas step: the roadmap item it proposes, and whether the step is
// on the roadmap already. The key "node:<id>" (nodeSourceKey) is the roadmap's key for a
// step, so adding twice answers the same item.

export type RoadmapItemLink = { id: string; title: string; sourceKey: string | null; nodeIds: string[] };

/**
 * The component the work gives the team: what the step provides once it runs by itself
 * (componentOfStep with AUTOMATED, e.g. a training notebook → pipeline orchestration); a
 * component node is its own component.
 */
export function automatedComponentOf(node: Pick<PipelineNode, "kind" | "category">): ComponentId | null {
  if (node.kind === "component") return isComponentId(node.category) ? node.category : null;
  return componentOfStep(node.category, "AUTOMATED");
}

/** The create body of "Automate <title>": the step's lane and stage, linked to the step. */
export function automateNodeItem(node: Pick<PipelineNode, "id" | "kind" | "category" | "title" | "phase" | "stage">) {
  const componentId = automatedComponentOf(node);
  const provides = componentId ? ` It then provides ${getComponent(componentId).label.toLowerCase()}.` : "";
  return {
    title: `Automate ${node.title}`,
    doneWhen: `"${node.title}" runs by itself as part of the pipeline, with no manual run, and its step is marked automated.`,
    detail: `Today this step is run by hand.${provides}`,
    phase: node.phase,
    stage: node.stage,
    componentId,
    nodeIds: [node.id],
    source: "pipeline" as const,
    sourceKey: nodeSourceKey(node.id),
  };
}

/** The item that puts this step on the roadmap: the one made from it, else any item linking it. */
export function roadmapItemOfNode<T extends RoadmapItemLink>(items: readonly T[], nodeId: string): T | undefined {
  const key = nodeSourceKey(nodeId);
  return items.find((i) => i.sourceKey === key) ?? items.find((i) => i.nodeIds.includes(nodeId));
}
