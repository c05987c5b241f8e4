import type { GoogleLevel } from "../assessment/types";
import { getComponent, type ComponentId } from "../pipeline/components";
import { DIMENSION_OF } from "./component-rules";
import { componentName, scoreGap } from "./gap-score";
import { findGaps, unblockCounts, type RawGap } from "./gaps";
import { rankOrder } from "./order";
import { compare, pipelineFacts, type PipelineFacts } from "./pipeline-facts";
import { teamFacts } from "./team-facts";
import { scoreTool } from "./tool-score";
import type { Gap, RecommendInput, Recommendations, ToolPick } from "./types";

// The recommender: the pipeline's gaps, most important first, each with the tools that fit
// this team. Pure and deterministic: no clock, no randomness, nothing read from outside, and
// every list sorted by its own keys so the order of nodes, edges, members or catalog entries
// never shows. See README.md beside this file for the scoring and its reasons.

export function recommend(input: RecommendInput): Recommendations {
  const facts = pipelineFacts(input.diagram);
  const catalog = [...input.catalog].sort((a, b) => compare(a.slug, b.slug));
  const raw = findGaps(facts, catalog);
  const missing = new Set(raw.filter((g) => g.status === "missing").map((g) => g.component));
  const unblocks = unblockCounts(raw);
  const { level, source } = teamLevel(input, facts);
  const knowledge = teamFacts(input.members, catalog, input.profile?.languages ?? []);

  const scored = raw.map((gap) => {
    const { parts, clauses } = scoreGap(gap, facts, input.assessment, unblocks.get(gap.component) ?? 0);
    return { gap, parts, clauses, total: parts.reduce((sum, p) => sum + p.points, 0) };
  });
  const ranked = rankOrder(scored.map((s) => ({ ...s, component: s.gap.component, blockedBy: s.gap.blockedBy })));

  const gaps = ranked.map(({ gap, parts, clauses, total }, i): Gap => {
    const component = getComponent(gap.component);
    const tools: ToolPick[] = catalog
      .filter((t) => t.components.includes(gap.component))
      .map((t) =>
        scoreTool(t, { component: gap.component, knowledge, profile: input.profile, level, missing, catalog }),
      )
      .sort((a, b) => b.score - a.score || compare(a.slug, b.slug));
    return {
      component: gap.component,
      label: component.label,
      phase: component.phase,
      stage: component.stage,
      status: gap.status,
      rank: i + 1,
      score: { total, parts },
      reason: gapReason(gap, clauses),
      blockedBy: gap.blockedBy,
      nodeIds: gap.nodeIds,
      tools,
      dimension: DIMENSION_OF[gap.component],
    };
  });

  return {
    gaps,
    context: {
      hasPipeline: (input.diagram?.nodes.length ?? 0) > 0,
      hasAssessment: input.assessment !== null,
      hasProfile: input.profile !== null,
      teamLevel: level,
      teamLevelSource: source,
    },
  };
}

/**
 * The Google Cloud level the complexity part weighs tools against: the assessment's, else a
 * guess from the pipeline (an automated training pipeline is level 1; with automated CI/CD and
 * an automated model registry as well, level 2).
 */
function teamLevel(
  input: RecommendInput,
  facts: PipelineFacts,
): { level: GoogleLevel; source: "assessment" | "pipeline" } {
  if (input.assessment) return { level: input.assessment.google.level, source: "assessment" };
  const automated = (id: ComponentId) => facts.presence[id].best === "AUTOMATED";
  if (!automated("pipeline_orchestration")) return { level: 0, source: "pipeline" };
  return { level: automated("ci_cd") && automated("model_registry") ? 2 : 1, source: "pipeline" };
}

const MISSING_LEAD = {
  EXPERIMENTAL: "Missing, and every pipeline starts with it",
  MVP: "Missing from the MVP (a notebook, a model API and hosting)",
  PRODUCTIONIZATION: "Missing for production",
} as const;

/** One sentence: the stage and status, the two weightiest other parts, and what it waits for. */
function gapReason(gap: RawGap, clauses: { points: number; text: string }[]): string {
  const lead =
    gap.status === "missing"
      ? MISSING_LEAD[getComponent(gap.component).stage]
      : gap.status === "manual"
        ? "In the pipeline, but done by hand"
        : "In the pipeline, but only partly automated";
  const top = [...clauses]
    .sort((a, b) => b.points - a.points)
    .slice(0, 2)
    .map((c) => c.text);
  const why = top.length > 0 ? `; ${top.join(", and ")}` : "";
  const after =
    gap.blockedBy.length > 0
      ? ` — it needs ${gap.blockedBy.map(componentName).join(" and ")} first, so it comes after`
      : "";
  return `${lead}${why}${after}.`;
}
