import { componentForCategory, isComponentId, type ComponentId } from "./components";
import type { Automation, PipelineNode } from "./types";

// Which component a node provides, per shared/COMPONENTS.md "From notebook cells to components".
// componentForCategory gives the manual reading of a step; an AUTOMATED training step is what
// a training pipeline does, so it provides pipeline_orchestration instead. The table's "when
// logged" / "when registered" readings need facts a node does not carry, so evaluation and
// export steps stay notebooks.

/** The component a step of this cell category provides at this automation; null for `other`. */
export function componentOfStep(category: string, automation: Automation): ComponentId | null {
  const component = componentForCategory(category);
  if (category === "model_training" && automation === "AUTOMATED") return "pipeline_orchestration";
  return component;
}

/** The component a node provides: its category for component nodes, the mapping for steps, none for data/external. */
export function componentOfNode(node: Pick<PipelineNode, "kind" | "category" | "automation">): ComponentId | null {
  if (node.kind === "component") return isComponentId(node.category) ? node.category : null;
  if (node.kind === "step" && node.category !== null) return componentOfStep(node.category, node.automation);
  return null;
}
