import type { ComponentId } from "../pipeline/components";
import type { Phase, Priority, Stage } from "../pipeline/types";
import type { RoadmapNodeFacts, RoadmapStatus } from "./types";

// Where an item belongs when nobody says, and what the roadmap's terms are called on screen.

export const ROADMAP_STATUS_LABELS: Record<RoadmapStatus, string> = {
  TODO: "To do",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};

/** Stage and phase of a new item: from its component, else from its first linked node, else Experimental. */
export function defaultPlacement(_input: {
  componentId?: ComponentId | null;
  node?: Pick<RoadmapNodeFacts, "phase" | "stage"> | null;
}): { stage: Stage; phase: Phase | null } {
  throw new Error("not yet");
}

/** "P1" → "P1 · next"; null → "No priority". */
export function priorityLabel(_priority: Priority | null): string {
  throw new Error("not yet");
}
