import { describe, expect, it } from "vitest";
import { COMPONENT_IDS } from "../pipeline/components";
import { FIXTURE_CATALOG } from "./fixtures/catalog";
import { component, diagram, starter, step } from "./fixtures/diagrams";
import { recommend } from "./recommend";
import type { AssessmentView, Gap, RecommendInput } from "./types";

const base: RecommendInput = { diagram: null, assessment: null, profile: null, members: [], catalog: FIXTURE_CATALOG };
const run = (more: Partial<RecommendInput>) => recommend({ ...base, ...more });
const gapOf = (gaps: Gap[], id: string) => gaps.find((g) => g.component === id);
const part = (gap: Gap | undefined, id: string) => gap?.score.parts.find((p) => p.id === id);

describe("which components are gaps", () => {
  it("with no pipeline every component is missing, and the context says so", () => {
    const { gaps, context } = run({});
    expect(gaps.map((g) => g.component).sort()).toEqual([...COMPONENT_IDS].sort());
    expect(gaps.every((g) => g.status === "missing")).toBe(true);
    expect(context).toEqual({
      hasPipeline: false,
      hasAssessment: false,
      hasProfile: false,
      teamLevel: 0,
      teamLevelSource: "pipeline",
    });
  });

  it("reads status from the most automated node providing the component, steps through their category", () => {
    const { gaps } = run({
      diagram: diagram([
        component("a", "caching", { automation: "AUTOMATED" }),
        component("b", "testing", { automation: "PARTIAL" }),
        component("c", "testing"),
        step("d", "serving"),
        step("e", "model_training", { automation: "AUTOMATED" }),
        { id: "f", kind: "data", category: null, automation: "AUTOMATED" },
      ]),
    });
    expect(gapOf(gaps, "caching")).toBeUndefined();
    expect(gapOf(gaps, "testing")).toMatchObject({ status: "partial", nodeIds: ["b", "c"] });
    expect(gapOf(gaps, "model_api")).toMatchObject({ status: "manual", nodeIds: ["d"] });
    // An automated training step is a training pipeline.
    expect(gapOf(gaps, "pipeline_orchestration")).toBeUndefined();
    expect(gapOf(gaps, "notebooks")?.status).toBe("missing");
  });

  it("counts a notebook's own data work as manual data processing, not as a missing Experimental step", () => {
    const { gaps } = run({ diagram: starter("experimental") });
    expect(gapOf(gaps, "data_processing")).toMatchObject({ status: "manual", nodeIds: ["n0"] });
    expect(part(gapOf(gaps, "data_processing"), "stage")?.points).toBe(0);
  });
});

describe("ranking", () => {
  it("puts missing MVP steps first for a notebook-only team: a model API, then hosting", () => {
    const { gaps } = run({ diagram: starter("experimental") });
    expect(gaps.slice(0, 2).map((g) => g.component)).toEqual(["model_api", "hosting"]);
    expect(gaps.map((g) => g.rank)).toEqual(gaps.map((_, i) => i + 1));
    const mvp = gaps.filter((g) => g.stage === "MVP").map((g) => g.rank);
    const production = gaps.filter((g) => g.stage === "PRODUCTIONIZATION").map((g) => g.rank);
    expect(Math.max(...mvp)).toBeLessThan(Math.min(...production));
  });

  it("ranks a gap after its missing prerequisites and says so", () => {
    const { gaps } = run({ diagram: starter("mvp") });
    const rank = (id: string) => gapOf(gaps, id)?.rank ?? 0;
    const autoscaling = gapOf(gaps, "autoscaling");
    expect(autoscaling?.blockedBy).toEqual(["containerization"]);
    expect(rank("autoscaling")).toBeGreaterThan(rank("containerization"));
    expect(autoscaling?.reason).toContain("needs containerised frontend and backend first");
    expect(rank("ci_cd")).toBeGreaterThan(rank("testing"));
    expect(rank("alerting")).toBeGreaterThan(rank("monitoring"));
  });

  it("breaks the score into named parts that add up, each with a reason", () => {
    const { gaps } = run({ diagram: starter("experimental") });
    for (const gap of gaps) {
      expect(gap.score.parts.map((p) => p.id)).toEqual([
        "stage",
        "status",
        "unblocks",
        "assessment",
        "bottleneck",
        "priority",
      ]);
      expect(gap.score.total).toBe(gap.score.parts.reduce((s, p) => s + p.points, 0));
      for (const p of gap.score.parts) expect(p.reason).toMatch(/\.$/);
      expect(gap.reason).toMatch(/^[A-Z].*\.$/);
    }
    const api = gapOf(gaps, "model_api");
    expect(part(api, "stage")).toMatchObject({ points: 70 });
    expect(part(api, "unblocks")?.points).toBeGreaterThan(0);
    expect(api?.reason).toContain("Missing from the MVP");
  });

  it("counts manual steps waiting downstream of a manual component as its bottleneck", () => {
    const d = diagram(
      [component("api", "model_api"), component("t", "testing"), step("x", "deployment"), component("m", "monitoring")],
      [
        ["api", "t"],
        ["t", "x"],
        ["x", "m"],
      ],
    );
    const api = gapOf(run({ diagram: d }).gaps, "model_api");
    expect(part(api, "bottleneck")).toMatchObject({ points: 9, reason: "3 manual steps downstream wait on it." });
  });

  it("gives points for the lead's priority, less when set on work the gap would take over", () => {
    const d = diagram([
      component("api", "model_api", { priority: "P0" }),
      component("nb", "notebooks", { priority: "P1" }),
    ]);
    const { gaps } = run({ diagram: d });
    expect(part(gapOf(gaps, "model_api"), "priority")).toMatchObject({ points: 30 });
    // pipeline_orchestration is missing and would take over the P1 notebook.
    expect(part(gapOf(gaps, "pipeline_orchestration"), "priority")).toMatchObject({ points: 10 });
    expect(part(gapOf(gaps, "pipeline_orchestration"), "priority")?.reason).toContain("which it would take over P1");
  });
});

describe("the assessment part", () => {
  const assessment: AssessmentView = {
    google: { level: 1 },
    dimensions: [
      { id: "serving", label: "Serving", level: 0, confidence: 1 },
      { id: "code_quality", label: "Code quality", level: 3, confidence: 0.5 },
      { id: "monitoring", label: "Monitoring", level: 0, confidence: 0 },
    ],
  };

  it("gives a weaker dimension more points; an unanswered one none", () => {
    const { gaps, context } = run({ diagram: starter("experimental"), assessment });
    expect(context).toMatchObject({ hasAssessment: true, teamLevel: 1, teamLevelSource: "assessment" });
    expect(part(gapOf(gaps, "model_api"), "assessment")).toMatchObject({
      points: 20,
      reason: "Serving is at level 0 of 4 in your assessment.",
    });
    expect(part(gapOf(gaps, "testing"), "assessment")?.points).toBe(5);
    expect(part(gapOf(gaps, "monitoring"), "assessment")).toMatchObject({ points: 0 });
    expect(gapOf(gaps, "monitoring")?.dimension).toBe("monitoring");
  });

  it("without an assessment says it would sharpen the ranking", () => {
    const { gaps } = run({ diagram: starter("experimental") });
    expect(part(gaps[0], "assessment")).toMatchObject({
      points: 0,
      reason: "No assessment yet: taking it would sharpen this ranking.",
    });
  });
});
