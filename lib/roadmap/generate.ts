import type { NextPractice } from "../assessment/types";
import { toolBySlug } from "../catalog/catalog";
import { componentOfStep, getComponent, type ComponentId } from "../pipeline/components";
import { PRIORITIES, STAGES, type Phase, type Priority, type Stage } from "../pipeline/types";
import type { Gap, OwnerSuggestion, Recommendations } from "../recommend/types";
import { ANY_TOOL, COMPONENT_STEPS } from "./component-steps";
import { defaultPlacement } from "./stage-rules";
import type { RoadmapNodeFacts } from "./types";

// "Generate roadmap": a proposed plan of baby steps, which the lead reviews and edits before
// saving (nothing here is stored). Three sources, one item each:
// - a gap of the recommender (ranked, most important first) with its top tool: "<action> with
//   <tool>", the tool's reasons as the detail, its owner suggestions, sourceKey
//   "<componentId>:<toolSlug>" (the same key "Add to roadmap" on a recommendation uses);
// - a next practice of the latest assessment: its own title and detail, sourceKey = its id;
// - a MANUAL step of the pipeline that no proposed gap already covers: "Automate <title>",
//   sourceKey "node:<nodeId>".
// Keys already on the roadmap are skipped (and a component that already has a tool chosen
// gets no second one). Items are ordered by stage (Experimental first), then priority, then
// source (gaps, practices, steps) and rank; at most `perStage` per stage. Deterministic.

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
const MAX_OWNERS = 3;

/** The sourceKey of a recommended tool for a component (same scheme as the choices). */
export function toolSourceKey(componentId: ComponentId, toolSlug: string): string {
  return `${componentId}:${toolSlug}`;
}

/** The sourceKey of "Automate this" on a pipeline node. */
export function nodeSourceKey(nodeId: string): string {
  return `node:${nodeId}`;
}

/** One checkable sentence: when setting up `componentId` (with the tool, if named) is done. */
export function doneWhenFor(componentId: ComponentId, toolName: string | null): string {
  return COMPONENT_STEPS[componentId].doneWhen(toolName ?? ANY_TOOL);
}

type Candidate = RoadmapProposalItem & { sourceOrder: number; rank: number };

export function proposeRoadmap(input: ProposalInput): RoadmapProposalItem[] {
  const existing = new Set(input.existingSourceKeys);
  const chosenComponents = new Set([...existing].map((k) => k.split(":")[0]));
  const gaps = input.recommendations?.gaps ?? [];
  const candidates: Candidate[] = [];

  gaps.forEach((gap, i) => {
    const tool = gap.tools[0];
    if (!tool || chosenComponents.has(gap.component)) return;
    const key = toolSourceKey(gap.component, tool.slug);
    if (existing.has(key)) return;
    const action = COMPONENT_STEPS[gap.component].action;
    candidates.push({
      title:
        gap.status === "missing"
          ? `${action} with ${tool.name}`
          : `Automate: ${action.charAt(0).toLowerCase()}${action.slice(1)} with ${tool.name}`,
      doneWhen: doneWhenFor(gap.component, tool.name),
      detail: [gap.reason, whyTool(tool.name, tool.reasons)].filter(Boolean).join(" "),
      phase: gap.phase,
      componentId: gap.component,
      toolSlug: tool.slug,
      nodeIds: [...gap.nodeIds],
      stage: gap.stage,
      source: "generated",
      sourceKey: key,
      priority: rankPriority(i, gaps.length),
      suggestedOwners: ownersOf(tool.owners, tool.name),
      sourceOrder: 0,
      rank: i,
    });
  });

  const gapOf = new Map<ComponentId, Gap>(gaps.map((g) => [g.component, g]));
  const practiceKeys = new Set<string>();
  input.practices.forEach((practice, i) => {
    if (existing.has(practice.id) || practiceKeys.has(practice.id)) return;
    practiceKeys.add(practice.id);
    const componentId = practice.components[0] ?? null;
    const { stage, phase } = defaultPlacement({ componentId });
    const tool = componentId ? gapOf.get(componentId)?.tools[0] : undefined;
    candidates.push({
      title: practice.title,
      doneWhen: `The team does this routinely, so the next assessment's answer to its question moves up a step.`,
      detail: practice.detail,
      phase,
      componentId,
      toolSlug: null,
      nodeIds: [],
      stage,
      source: "generated",
      sourceKey: practice.id,
      // The assessment's weakest dimensions speak first: its first practices are next, the rest later.
      priority: i < 2 ? "P1" : i < 5 ? "P2" : "P3",
      suggestedOwners: tool ? ownersOf(tool.owners, tool.name) : [],
      sourceOrder: 1,
      rank: i,
    });
  });

  const covered = new Set(candidates.flatMap((c) => c.nodeIds));
  const manual = [...input.nodes]
    .filter((n) => n.kind === "step" && n.automation === "MANUAL" && !covered.has(n.id))
    .filter((n) => !existing.has(nodeSourceKey(n.id)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  manual.forEach((node, i) => {
    const componentId = componentOfStep(node.category, "AUTOMATED");
    const title = node.title.trim() || "this step";
    candidates.push({
      title: `Automate ${title}`,
      doneWhen: `“${title}” runs without anyone starting it by hand (on a schedule or as part of the pipeline), and the canvas shows it as Automated.`,
      detail: componentId
        ? `Done by hand today; once automated it counts as ${getComponent(componentId).label.toLowerCase()}.`
        : "Done by hand today.",
      phase: node.phase,
      componentId,
      toolSlug: null,
      nodeIds: [node.id],
      stage: node.stage,
      source: "generated",
      sourceKey: nodeSourceKey(node.id),
      priority: node.priority ?? "P2",
      suggestedOwners: [],
      sourceOrder: 2,
      rank: i,
    });
  });

  const perStage = Math.max(0, Math.trunc(input.perStage ?? PROPOSAL_PER_STAGE));
  const ordered = candidates.sort(
    (a, b) =>
      STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) ||
      PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority) ||
      a.sourceOrder - b.sourceOrder ||
      a.rank - b.rank,
  );
  const taken = new Map<Stage, number>();
  const out: RoadmapProposalItem[] = [];
  for (const { sourceOrder: _s, rank: _r, ...item } of ordered) {
    const count = taken.get(item.stage) ?? 0;
    if (count >= perStage) continue;
    taken.set(item.stage, count + 1);
    out.push(item);
  }
  return out;
}

/** "Why MLflow: a; b." from reasons that each end in a full stop. */
function whyTool(name: string, reasons: readonly string[]): string {
  const parts = reasons.map((r) => r.trim().replace(/[.\s]+$/, "")).filter(Boolean);
  return parts.length > 0 ? `Why ${name}: ${parts.join("; ")}.` : "";
}

/** Gap rank → priority by quarters of the ranked list: the first quarter P0 … the last P3. */
function rankPriority(index: number, count: number): Priority {
  const quarter = Math.min(3, Math.floor((index * 4) / Math.max(count, 1)));
  return PRIORITIES[quarter] ?? "P3";
}

function ownersOf(owners: readonly OwnerSuggestion[], toolName: string): SuggestedOwner[] {
  return owners.slice(0, MAX_OWNERS).map((o) => {
    const knows = o.via === "tool" ? toolName : (toolBySlug(o.knows)?.name ?? o.knows);
    const how = o.via === "tool" ? `Knows ${knows}` : `Knows ${knows}, a tool of the same family`;
    const level = o.familiarity === "expert" ? " (expert)" : "";
    const load = o.openWorkload === 1 ? "1 open item" : `${o.openWorkload} open items`;
    return { id: o.membershipId, name: o.name, reason: `${how}${level}; ${load}.` };
  });
}
