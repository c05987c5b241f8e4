import { describe, expect, it } from "vitest";
import { CATALOG } from "@/lib/catalog/catalog";
import { starter } from "@/lib/recommend/fixtures/diagrams";
import { recommend } from "@/lib/recommend/recommend";
import { ZAssessmentFile, ZPipelineFile, ZProfileFile, ZRecommendations } from "./recommendations";

const diagram = starter("mvp");
const result = {
  bankVersion: 1,
  google: { level: 1, explanation: "…", missing: [] },
  dimensions: [{ id: "serving", label: "Serving", level: 2, confidence: 1, answered: 3, notSure: 0, unanswered: 0 }],
  confidence: 0.4,
  weakest: [],
};

describe("ZRecommendations", () => {
  it("parses the engine's answer as it is", () => {
    const answer = recommend({
      diagram,
      assessment: ZAssessmentFile.parse(result),
      profile: { languages: ["python"], clouds: ["gcp"], preference: "open_source" },
      members: [
        {
          membershipId: "m1",
          name: "Ana",
          openWorkload: 1,
          skills: { tools: [{ slug: "terraform", familiarity: "expert" }], languages: [], note: "" },
        },
      ],
      catalog: CATALOG,
    });
    expect(ZRecommendations.parse(answer)).toEqual(answer);
  });

  it("refuses fields it does not know", () => {
    const answer = recommend({ diagram: null, assessment: null, profile: null, members: [], catalog: CATALOG });
    expect(ZRecommendations.safeParse({ ...answer, extra: 1 }).success).toBe(false);
  });
});

describe("CLI input files", () => {
  it("takes a pipeline as the API answers it, bare, or as a save body", () => {
    expect(ZPipelineFile.parse({ pipeline: diagram })).toEqual(diagram);
    expect(ZPipelineFile.parse(diagram)).toEqual(diagram);
    const { nodes, edges, viewport } = diagram;
    expect(ZPipelineFile.parse({ baseVersion: 3, viewport, nodes, edges }).nodes).toHaveLength(nodes.length);
    expect(ZPipelineFile.safeParse({ nodes: "no" }).success).toBe(false);
  });

  it("takes an assessment result, or the API's assessment around it", () => {
    const view = ZAssessmentFile.parse(result);
    expect(view.google.level).toBe(1);
    expect(ZAssessmentFile.parse({ result })).toEqual(view);
    expect(ZAssessmentFile.parse({ assessment: { id: "a1", result } })).toEqual(view);
    expect(ZAssessmentFile.safeParse({ google: { level: 3 }, dimensions: [] }).success).toBe(false);
  });

  it("takes a profile with members, and names an unknown tool, language or familiarity", () => {
    const file = ZProfileFile.parse({
      profile: { languages: ["python"], clouds: ["gcp"], preference: "none", version: 2, knowledge: [] },
      members: [{ name: "Ana", skills: { tools: [{ slug: "docker", familiarity: "some" }], languages: [] } }],
    });
    expect(file.members).toEqual([
      {
        membershipId: "member-1",
        name: "Ana",
        openWorkload: 0,
        skills: { tools: [{ slug: "docker", familiarity: "some" }], languages: [], note: "" },
      },
    ]);
    const bad = (tools: unknown, languages: unknown = []) =>
      ZProfileFile.safeParse({ profile: null, members: [{ name: "Bo", skills: { tools, languages } }] }).error
        ?.issues[0];
    expect(bad([{ slug: "no-such-tool", familiarity: "some" }])?.message).toBe(
      "Unknown tool 'no-such-tool': not in the catalog.",
    );
    expect(bad([{ slug: "docker", familiarity: "guru" }])?.path).toEqual([
      "members",
      0,
      "skills",
      "tools",
      0,
      "familiarity",
    ]);
    expect(bad([], ["cobol"])?.path).toEqual(["members", 0, "skills", "languages", 0]);
  });
});
