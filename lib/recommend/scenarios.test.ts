import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/catalog";
import { matchCatalogTool } from "../catalog/match-skill";
import type { TeamProfile } from "../teams/profile";
import { starter } from "./fixtures/diagrams";
import { recommend } from "./recommend";
import type { Gap, RecommendInput, RecommendMember } from "./types";

// The "done when" scenarios, over the real catalog, written the way the seed says them.

const profile = (p: Partial<TeamProfile>): TeamProfile => ({ languages: [], clouds: [], preference: "none", ...p });
const run = (more: Partial<RecommendInput>) =>
  recommend({ diagram: null, assessment: null, profile: null, members: [], catalog: CATALOG, ...more });
const gapOf = (gaps: Gap[], id: string) => {
  const gap = gaps.find((g) => g.component === id);
  if (!gap) throw new Error(`no ${id} gap`);
  return gap;
};
const slugs = (gap: Gap, n = 3) => gap.tools.slice(0, n).map((t) => t.slug);
const rankOf = (gap: Gap, slug: string) => gap.tools.findIndex((t) => t.slug === slug);

describe("a team with only a notebook", () => {
  const { gaps } = run({ diagram: starter("experimental"), profile: profile({ languages: ["python"] }) });

  it("gets the MVP steps first: a model API, then hosting", () => {
    expect(gaps.slice(0, 2).map((g) => g.component)).toEqual(["model_api", "hosting"]);
    expect(gaps[1]?.blockedBy).toEqual(["model_api"]);
    expect(slugs(gapOf(gaps, "model_api"))).toContain("fastapi");
  });

  it("sees nothing Kubernetes-level before containerization", () => {
    const containerization = gapOf(gaps, "containerization").rank;
    expect(gapOf(gaps, "autoscaling").rank).toBeGreaterThan(containerization);
    for (const gap of gaps.filter((g) => g.rank < containerization))
      for (const tool of gap.tools.slice(0, 3)) {
        expect(tool.needs, `${gap.component}: ${tool.slug}`).not.toContain("containerization");
        expect(["kubernetes", "gke", "eks", "aks", "kserve", "kubeflow"]).not.toContain(tool.slug);
      }
  });
});

describe("a team on GCP that knows Python", () => {
  const { gaps } = run({ diagram: starter("mvp"), profile: profile({ languages: ["python"], clouds: ["gcp"] }) });

  it("gets Vertex AI options above SageMaker wherever both serve a gap", () => {
    let compared = 0;
    for (const gap of gaps) {
      for (const [vertex, sagemaker] of [
        ["vertex-ai", "sagemaker"],
        ["vertex-ai-pipelines", "sagemaker-pipelines"],
        ["vertex-ai-feature-store", "sagemaker-feature-store"],
      ] as const) {
        if (rankOf(gap, vertex) === -1 || rankOf(gap, sagemaker) === -1) continue;
        compared++;
        expect(rankOf(gap, vertex), gap.component).toBeLessThan(rankOf(gap, sagemaker));
      }
    }
    expect(compared).toBeGreaterThanOrEqual(4);
    const vertex = gapOf(gaps, "model_registry").tools.find((t) => t.slug === "vertex-ai");
    expect(vertex?.reasons).toContain("Managed on Google Cloud, your cloud.");
  });
});

describe("a team that uses GitHub", () => {
  const github = matchCatalogTool("GitHub");
  const ana: RecommendMember = {
    membershipId: "m_ana",
    name: "Ana",
    openWorkload: 2,
    skills: { tools: [{ slug: github?.slug ?? "", familiarity: "expert" }], languages: ["python"], note: "" },
  };
  const { gaps } = run({ diagram: starter("mvp"), members: [ana] });

  it("gets GitHub Actions first for CI/CD, with Ana as its owner", () => {
    expect(github?.slug).toBe("github-actions");
    const top = gapOf(gaps, "ci_cd").tools[0];
    expect(top?.slug).toBe("github-actions");
    expect(top?.reasons[0]).toBe("Your team already uses GitHub Actions (Ana, expert).");
    expect(top?.owners).toEqual([
      {
        membershipId: "m_ana",
        name: "Ana",
        familiarity: "expert",
        via: "tool",
        knows: "github-actions",
        openWorkload: 2,
      },
    ]);
  });
});

describe("a team that prefers open source", () => {
  const { gaps } = run({ diagram: starter("mvp"), profile: profile({ preference: "open_source" }) });

  it("sees Terraform flagged with OpenTofu named, and OpenTofu above it", () => {
    const iac = gapOf(gaps, "infrastructure_as_code");
    const terraform = iac.tools.find((t) => t.slug === "terraform");
    expect(terraform?.licence).toMatchObject({
      flagged: true,
      openAlternative: { slug: "opentofu", name: "OpenTofu" },
    });
    expect(terraform?.reasons).toContain("BSL licence (source available): OpenTofu is the open alternative.");
    expect(rankOf(iac, "opentofu")).toBeLessThan(rankOf(iac, "terraform"));
  });

  it("flags every source-available pick and names its open alternative when the catalog has one", () => {
    for (const gap of gaps)
      for (const tool of gap.tools.filter((t) => t.licence.flagged)) {
        expect(tool.parts.find((p) => p.id === "licence")?.points).toBeLessThan(0);
        if (tool.licence.openAlternative)
          expect(tool.reasons.join(" ")).toContain(`${tool.licence.openAlternative.name} is the open alternative`);
      }
  });
});
