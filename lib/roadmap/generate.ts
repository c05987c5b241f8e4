import type { NextPractice } from "../assessment/types";
import type { ComponentId } from "../pipeline/components";
import type { Phase, Priority, Stage } from "../pipeline/types";
import type { Recommendations } from "../recommend/types";
import type { RoadmapNodeFacts } from "./types";

// "Generate roadmap": a proposed plan of baby steps the lead reviews and edits before saving.

export type SuggestedOwner = { id: string; name: string; reason: string };

/** The create body of an item plus who could own it; nothing is saved. */
export type RoadmapProposalItem = {
  title: string;
  doneWhen: string;
  detail: string;
  phase: Phase | null;
  componentId: ComponentId | null;
  toolSlug: string | null;
  nodeIds: string[];
  stage: Stage;
  source: "generated";
  sourceKey: string;
  priority: Priority;
  suggestedOwners: SuggestedOwner[];
};

export type ProposalInput = {
  recommendations: Recommendations | null;
  /** The latest submitted assessment's next practices (result.weakest[].practices, in order). */
  practices: readonly NextPractice[];
  /** The project's pipeline nodes (MANUAL steps become "Automate …" items). */
  nodes: readonly RoadmapNodeFacts[];
  /** sourceKeys already on the roadmap: never proposed again. */
  existingSourceKeys: Iterable<string>;
  /** At most this many items per stage (default PROPOSAL_PER_STAGE). */
  perStage?: number;
};

export const PROPOSAL_PER_STAGE = 5;

export function proposeRoadmap(_input: ProposalInput): RoadmapProposalItem[] {
  throw new Error("not yet");
}

/** The sourceKey of a recommended tool for a component (same scheme as the choices). */
export function toolSourceKey(componentId: ComponentId, toolSlug: string): string {
  return `${componentId}:${toolSlug}`;
}

/** The sourceKey of "Automate this" on a pipeline node. */
export function nodeSourceKey(nodeId: string): string {
  return `node:${nodeId}`;
}

/** One checkable sentence: when setting up `componentId` (with the tool, if named) is done. */
export function doneWhenFor(_componentId: ComponentId, _toolName: string | null): string {
  throw new Error("not yet");
}
