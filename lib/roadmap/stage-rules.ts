import { getComponent, type ComponentId } from "../pipeline/components";
import { PRIORITY_LABELS } from "../pipeline/labels";
import type { Phase, Priority, Stage } from "../pipeline/types";
import type { RoadmapNodeFacts, RoadmapStatus } from "./types";

// Where an item belongs when nobody says, and what the roadmap's own terms are called on
// screen. Stages, phases and priorities are the pipeline's terms: their order is STAGES /
// PHASES / PRIORITIES in lib/pipeline/types.ts and their labels STAGE_LABELS / PHASE_LABELS /
// PRIORITY_LABELS in lib/pipeline/labels.ts, so the board and the canvas never disagree.

export const ROADMAP_STATUS_LABELS: Record<RoadmapStatus, string> = {
  TODO: "To do",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};

/**
 * Stage and phase of a new item: its component's (COMPONENTS says where each belongs), else
 * its first linked node's, else Experimental with no phase — every roadmap starts there.
 */
export function defaultPlacement(input: {
  componentId?: ComponentId | null;
  node?: Pick<RoadmapNodeFacts, "phase" | "stage"> | null;
}): { stage: Stage; phase: Phase | null } {
  if (input.componentId) {
    const component = getComponent(input.componentId);
    return { stage: component.stage, phase: component.phase };
  }
  if (input.node) return { stage: input.node.stage, phase: input.node.phase };
  return { stage: "EXPERIMENTAL", phase: null };
}

/** "P1" → "P1 · next"; null → "No priority". */
export function priorityLabel(priority: Priority | null): string {
  return priority ? PRIORITY_LABELS[priority] : "No priority";
}
