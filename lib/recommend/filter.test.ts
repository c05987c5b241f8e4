import { describe, expect, it } from "vitest";
import { pageFilters, ZRecommendationFilters } from "../validation/recommendation-filters";
import { filterRecommendations } from "./filter";
import type { Gap, Recommendations, ToolPick } from "./types";

const pick = (slug: string, openSource: boolean, managed: boolean) => ({ slug, openSource, managed }) as ToolPick;
const gap = (rank: number, component: Gap["component"], phase: Gap["phase"], stage: Gap["stage"], tools: ToolPick[]) =>
  ({ rank, component, phase, stage, tools }) as Gap;

const recs = {
  gaps: [
    gap(1, "model_api", "DEV", "MVP", [pick("fastapi", true, false), pick("vertex-ai", false, true)]),
    gap(2, "hosting", "PROD", "MVP", [pick("cloud-run", false, true)]),
    gap(3, "experiment_tracking", "ML", "PRODUCTIONIZATION", [pick("mlflow", true, true)]),
  ],
  context: { hasPipeline: true, hasAssessment: false, hasProfile: false, teamLevel: 0, teamLevelSource: "pipeline" },
} satisfies Recommendations;

const slugs = (r: Recommendations) => r.gaps.map((g) => `${g.rank}:${g.tools.map((t) => t.slug).join("+")}`);

describe("filterRecommendations", () => {
  it("hides gaps of other phases and stages, keeping their ranks", () => {
    expect(slugs(filterRecommendations(recs, { phase: "PROD" }))).toEqual(["2:cloud-run"]);
    expect(slugs(filterRecommendations(recs, { stage: "PRODUCTIONIZATION" }))).toEqual(["3:mlflow"]);
    expect(slugs(filterRecommendations(recs, { phase: "ML", stage: "MVP" }))).toEqual([]);
  });

  it("hides tools that are not open source or not managed, never the gap", () => {
    expect(slugs(filterRecommendations(recs, { licence: "open_source" }))).toEqual(["1:fastapi", "2:", "3:mlflow"]);
    expect(slugs(filterRecommendations(recs, { hosting: "managed" }))).toEqual([
      "1:vertex-ai",
      "2:cloud-run",
      "3:mlflow",
    ]);
    expect(slugs(filterRecommendations(recs, { licence: "open_source", hosting: "managed" }))).toEqual([
      "1:",
      "2:",
      "3:mlflow",
    ]);
  });

  it("changes nothing without filters", () => {
    expect(filterRecommendations(recs, {})).toEqual(recs);
  });
});

describe("recommendation filters", () => {
  it("refuses an unknown value or parameter, naming it", () => {
    const bad = ZRecommendationFilters.safeParse({ phase: "QA" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["phase"], message: "phase must be one of ML, DEV, PROD." });
    expect(ZRecommendationFilters.safeParse({ colour: "red" }).error?.issues[0]?.message).toContain("colour");
    expect(ZRecommendationFilters.safeParse({ phase: ["ML", "DEV"] }).success).toBe(false);
  });

  it("keeps the good parameters of a page URL and drops the bad", () => {
    expect(pageFilters(new URLSearchParams("phase=ML&stage=later&licence=open_source&x=1"))).toEqual({
      phase: "ML",
      stage: undefined,
      licence: "open_source",
      hosting: undefined,
    });
  });
});
