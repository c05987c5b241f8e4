import { describe, expect, it } from "vitest";
import type { NextPractice } from "../assessment/types";
import { CATALOG } from "../catalog/catalog";
import { COMPONENT_IDS } from "../pipeline/components";
import type { PipelineDiagram } from "../pipeline/types";
import { starter, step } from "../recommend/fixtures/diagrams";
import { recommend } from "../recommend/recommend";
import type { RecommendMember } from "../recommend/types";
import { COMPONENT_STEPS } from "./component-steps";
import { doneWhenFor, nodeSourceKey, proposeRoadmap, toolSourceKey, type ProposalInput } from "./generate";
import type { RoadmapNodeFacts } from "./types";

const mvp = starter("mvp");
const withManualStep: PipelineDiagram = {
  ...mvp,
  nodes: [
    ...mvp.nodes,
    {
      ...mvp.nodes[0]!,
      ...step("s_report", "other"),
      title: "Weekly report",
      phase: "ML",
      stage: "EXPERIMENTAL",
      automation: "MANUAL",
    },
  ] as PipelineDiagram["nodes"],
};
const members: RecommendMember[] = [
  {
    membershipId: "m_ana",
    name: "Ana",
    openWorkload: 1,
    skills: { tools: [{ slug: "mlflow", familiarity: "expert" }], languages: ["python"], note: "" },
  },
  { membershipId: "m_bo", name: "Bo", openWorkload: 0, skills: { tools: [], languages: ["python"], note: "" } },
];
const recommendations = recommend({
  diagram: withManualStep,
  assessment: null,
  profile: null,
  members,
  catalog: CATALOG,
});
const practices: NextPractice[] = [
  {
    id: "data.versioning:snapshot",
    title: "Keep a dated, read-only snapshot of each training set",
    detail: "Snapshot it.",
    components: ["data_versioning"],
    questionId: "data.versioning",
  },
  {
    id: "team.process:owner",
    title: "Name an owner for the model",
    detail: "Someone answers for it.",
    components: [],
    questionId: "team.process",
  },
];
const nodes: RoadmapNodeFacts[] = withManualStep.nodes;
const input: ProposalInput = { recommendations, practices, nodes, existingSourceKeys: [] };

describe("proposeRoadmap", () => {
  const proposal = proposeRoadmap(input);

  it("orders baby steps by stage, Experimental first, at most five per stage", () => {
    const stages = proposal.map((p) => p.stage);
    expect(stages).toEqual(
      [...stages].sort(
        (a, b) =>
          ["EXPERIMENTAL", "MVP", "PRODUCTIONIZATION"].indexOf(a) -
          ["EXPERIMENTAL", "MVP", "PRODUCTIONIZATION"].indexOf(b),
      ),
    );
    expect(stages[0]).toBe("EXPERIMENTAL");
    for (const stage of new Set(stages)) expect(stages.filter((s) => s === stage).length).toBeLessThanOrEqual(5);
    expect(proposal.length).toBeGreaterThan(3);
    // Sorted by priority within a stage.
    for (const stage of new Set(stages)) {
      const ps = proposal.filter((p) => p.stage === stage).map((p) => p.priority);
      expect(ps).toEqual([...ps].sort());
    }
  });

  it("turns a gap into its top tool with a checkable done-when, the tool's reasons and owner suggestions", () => {
    const gap = recommendations.gaps.find((g) => g.component === "experiment_tracking")!;
    const tool = gap.tools[0]!;
    const all = proposeRoadmap({ ...input, perStage: 50 });
    const found = all.find((p) => p.componentId === "experiment_tracking")!;
    expect(found).toMatchObject({
      title: `Track experiments with ${tool.name}`,
      doneWhen: `Every training run logs parameters, metrics and the model artifact to ${tool.name}.`,
      toolSlug: tool.slug,
      sourceKey: `experiment_tracking:${tool.slug}`,
      source: "generated",
      phase: "ML",
      stage: "PRODUCTIONIZATION",
    });
    expect(found.detail).toContain(gap.reason);
    for (const reason of tool.reasons) expect(found.detail).toContain(reason.replace(/\.$/, ""));
    expect(found.suggestedOwners.map((o) => o.id)).toEqual(tool.owners.slice(0, 3).map((o) => o.membershipId));
    const ana = found.suggestedOwners.find((o) => o.id === "m_ana");
    if (tool.slug === "mlflow") expect(ana?.reason).toBe("Knows MLflow (expert); 1 open item.");
  });

  it("gives the top-ranked gaps the highest priority", () => {
    const all = proposeRoadmap({ ...input, perStage: 50 });
    const byGap = recommendations.gaps.flatMap((g) => all.filter((p) => p.componentId === g.component && p.toolSlug));
    expect(byGap[0]?.priority).toBe("P0");
    expect(byGap[byGap.length - 1]?.priority).toBe("P3");
  });

  it("adds the assessment's practices and an 'Automate' item for an uncovered manual step", () => {
    const all = proposeRoadmap({ ...input, perStage: 50 });
    expect(all.find((p) => p.sourceKey === "data.versioning:snapshot")).toMatchObject({
      title: "Keep a dated, read-only snapshot of each training set",
      componentId: "data_versioning",
      stage: "PRODUCTIONIZATION",
      priority: "P1",
    });
    expect(all.find((p) => p.sourceKey === "team.process:owner")).toMatchObject({ stage: "EXPERIMENTAL", phase: null });
    expect(all.find((p) => p.sourceKey === nodeSourceKey("s_report"))).toMatchObject({
      title: "Automate Weekly report",
      nodeIds: ["s_report"],
      stage: "EXPERIMENTAL",
      phase: "ML",
    });
    const keys = all.map((p) => p.sourceKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("skips keys already on the roadmap, and components that already have a tool chosen", () => {
    const all = proposeRoadmap({ ...input, perStage: 50 });
    const first = all.find((p) => p.toolSlug)!;
    const again = proposeRoadmap({
      ...input,
      perStage: 50,
      existingSourceKeys: [
        first.sourceKey,
        toolSourceKey("experiment_tracking", "some-other-tool"),
        "team.process:owner",
        "node:s_report",
      ],
    });
    const keys = again.map((p) => p.sourceKey);
    expect(keys).not.toContain(first.sourceKey);
    expect(keys).not.toContain("team.process:owner");
    expect(keys).not.toContain("node:s_report");
    expect(again.some((p) => p.componentId === "experiment_tracking" && p.toolSlug)).toBe(false);
    expect(again).toHaveLength(all.length - 4);
  });

  it("is deterministic", () => {
    expect(proposeRoadmap({ ...input, nodes: [...nodes].reverse() })).toEqual(proposal);
  });

  it("proposes nothing from nothing", () => {
    expect(proposeRoadmap({ recommendations: null, practices: [], nodes: [], existingSourceKeys: [] })).toEqual([]);
  });
});

describe("doneWhenFor", () => {
  it("has a sentence naming the tool for every component", () => {
    for (const id of COMPONENT_IDS) {
      expect(doneWhenFor(id, "ToolX")).toContain("ToolX");
      expect(doneWhenFor(id, null)).toMatch(/\.$/);
      expect(COMPONENT_STEPS[id].action.length).toBeGreaterThan(3);
    }
  });
});
