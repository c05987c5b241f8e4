import type { DimensionId } from "../assessment/types";
import { getComponent, type ComponentId } from "../pipeline/components";
import type { Priority, Stage } from "../pipeline/types";
import { DIMENSION_OF } from "./component-rules";
import type { RawGap } from "./gaps";
import type { PipelineFacts } from "./pipeline-facts";
import type { AssessmentView, GapScorePart } from "./types";

// A gap's score in named parts. The weights keep the stage the main part: with no lead
// priority, every other part together (at most 10 + 15 + 20 + 15 = 60) stays below one stage
// step (70 between a missing MVP step and a production one), so a notebook-only team never
// sees autoscaling above its MVP steps. A lead's P0 (30) may lift a production gap over an
// MVP one: that is the lead's call to make.

/** Points for a missing component by its usual stage; a present but manual one is production work (0). */
const STAGE_POINTS: Record<Stage, number> = { EXPERIMENTAL: 140, MVP: 70, PRODUCTIONIZATION: 0 };
const STATUS_POINTS = { missing: 10, manual: 6, partial: 3 } as const;
const PER_UNBLOCKED = 3;
const MAX_UNBLOCKED = 15;
/** Microsoft level 0 (weakest) → 20 … level 4 → 0. */
const POINTS_PER_LEVEL_BELOW_4 = 5;
const PER_MANUAL_STEP = 3;
const MAX_BOTTLENECK = 15;
const PRIORITY_POINTS: Record<Priority, number> = { P0: 30, P1: 20, P2: 10, P3: 5 };

const STAGE_TEXT: Record<Stage, string> = {
  EXPERIMENTAL: "every pipeline starts with it",
  MVP: "it is part of the MVP (a notebook, a model API and hosting)",
  PRODUCTIONIZATION: "production systems have it",
};

export type ScoredParts = { parts: GapScorePart[]; clauses: { points: number; text: string }[] };

export function scoreGap(
  gap: RawGap,
  facts: PipelineFacts,
  assessment: AssessmentView | null,
  unblocks: number,
): ScoredParts {
  const { stage } = getComponent(gap.component);
  const clauses: { points: number; text: string }[] = [];
  const part = (id: GapScorePart["id"], label: string, points: number, reason: string, clause?: string) => {
    if (clause && points > 0) clauses.push({ points, text: clause });
    return { id, label, points, reason };
  };
  const stagePoints = gap.status === "missing" ? STAGE_POINTS[stage] : 0;
  const parts: GapScorePart[] = [
    part(
      "stage",
      "Stage",
      stagePoints,
      gap.status === "missing"
        ? `A ${stageName(stage)} component: ${STAGE_TEXT[stage]}.`
        : "Already in the pipeline: automating it is production work.",
    ),
    part("status", "Status", STATUS_POINTS[gap.status], statusReason(gap)),
  ];
  const unblockPoints = Math.min(MAX_UNBLOCKED, unblocks * PER_UNBLOCKED);
  parts.push(
    part(
      "unblocks",
      "Unblocks",
      unblockPoints,
      unblocks === 0
        ? "No other gap waits for it."
        : `${count(unblocks, "other gap")} ${unblocks === 1 ? "needs" : "need"} it first.`,
      `${count(unblocks, "other gap")} ${unblocks === 1 ? "waits" : "wait"} for it`,
    ),
  );
  parts.push(assessmentPart(DIMENSION_OF[gap.component], assessment, part));
  parts.push(bottleneckPart(gap, facts, part));
  parts.push(priorityPart(gap, facts, part));
  return { parts, clauses };
}

type PartMaker = (
  id: GapScorePart["id"],
  label: string,
  points: number,
  reason: string,
  clause?: string,
) => GapScorePart;

function assessmentPart(dimension: DimensionId, assessment: AssessmentView | null, part: PartMaker): GapScorePart {
  const label = "Assessment";
  if (!assessment) return part("assessment", label, 0, "No assessment yet: taking it would sharpen this ranking.");
  const result = assessment.dimensions.find((d) => d.id === dimension);
  const name = result?.label ?? dimensionName(dimension);
  if (!result || result.confidence === 0)
    return part("assessment", label, 0, `${name} was not answered in the assessment.`);
  const points = (4 - result.level) * POINTS_PER_LEVEL_BELOW_4;
  return part(
    "assessment",
    label,
    points,
    `${name} is at level ${result.level} of 4 in your assessment.`,
    `${name} is at level ${result.level} of 4`,
  );
}

function bottleneckPart(gap: RawGap, facts: PipelineFacts, part: PartMaker): GapScorePart {
  const label = "Bottleneck";
  const n = gap.takesOver ? gap.nodeIds.length : facts.manualDownstream(gap.nodeIds, gap.component);
  const points = Math.min(MAX_BOTTLENECK, n * PER_MANUAL_STEP);
  if (n === 0)
    return part(
      "bottleneck",
      label,
      0,
      gap.takesOver ? "No manual step in the pipeline would be taken over by it." : "No manual step waits downstream.",
    );
  const steps = count(n, "manual step");
  return gap.takesOver
    ? part("bottleneck", label, points, `It would take over ${steps} done by hand now.`, `it takes over ${steps}`)
    : part(
        "bottleneck",
        label,
        points,
        `${steps} downstream ${n === 1 ? "waits" : "wait"} on it.`,
        `${steps} ${n === 1 ? "waits" : "wait"} on it`,
      );
}

function priorityPart(gap: RawGap, facts: PipelineFacts, part: PartMaker): GapScorePart {
  const top = facts.topPriority(gap.nodeIds);
  if (!top) return part("priority", "Lead priority", 0, "No priority set by a lead on its nodes.");
  // A priority on work the component would take over says less than one on the component itself.
  const points = gap.takesOver ? Math.round(PRIORITY_POINTS[top.priority] / 2) : PRIORITY_POINTS[top.priority];
  const where = gap.takesOver ? `"${top.title}", which it would take over` : `"${top.title}"`;
  return part(
    "priority",
    "Lead priority",
    points,
    `A lead marked ${where} ${top.priority}.`,
    `a lead marked ${where} ${top.priority}`,
  );
}

function statusReason(gap: RawGap): string {
  if (gap.status === "missing") return "No node of the pipeline provides it.";
  const nodes = count(gap.nodeIds.length, "node");
  return gap.status === "manual"
    ? `Provided by ${nodes}, all done by hand.`
    : `Provided by ${nodes}, only partly automated.`;
}

export function stageName(stage: Stage): string {
  return stage === "EXPERIMENTAL" ? "Experimental" : stage === "MVP" ? "MVP" : "Productionization";
}

/** A dimension's name when the assessment gave none: "code_quality" → "Code quality". */
export function dimensionName(id: DimensionId): string {
  const words = id.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A component's label inside a sentence: "Model serving API" → "model serving API", "CI/CD pipelines" stays. */
export function componentName(id: ComponentId): string {
  const { label } = getComponent(id);
  const acronym = /^[A-Z]{2}|^[A-Z][a-z]*[A-Z]/.test(label.split(" ")[0] ?? "");
  return acronym ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
