import { describe, expect, it } from "vitest";
import type { TeamProfile } from "../teams/profile";
import { FIXTURE_CATALOG } from "./fixtures/catalog";
import { starter } from "./fixtures/diagrams";
import { shortLicenceName } from "./licence";
import { recommend } from "./recommend";
import type { RecommendInput, RecommendMember, ToolPick } from "./types";

const member = (
  membershipId: string,
  name: string,
  tools: RecommendMember["skills"]["tools"],
  openWorkload = 0,
  languages: RecommendMember["skills"]["languages"] = [],
): RecommendMember => ({ membershipId, name, openWorkload, skills: { tools, languages, note: "" } });

function toolsFor(component: string, more: Partial<RecommendInput> = {}): ToolPick[] {
  const { gaps } = recommend({
    diagram: starter("experimental"),
    assessment: null,
    profile: null,
    members: [],
    catalog: FIXTURE_CATALOG,
    ...more,
  });
  return gaps.find((g) => g.component === component)?.tools ?? [];
}
const pick = (tools: ToolPick[], slug: string) => tools.find((t) => t.slug === slug);
const partOf = (tool: ToolPick | undefined, id: string) => tool?.parts.find((p) => p.id === id);
const profile = (p: Partial<TeamProfile>): TeamProfile => ({ languages: [], clouds: [], preference: "none", ...p });

describe("tool parts", () => {
  it("lists every tool serving the component, scored by parts that add up", () => {
    const tools = toolsFor("hosting");
    expect(tools.map((t) => t.slug).sort()).toEqual(["host-aws", "host-gcp", "host-saas", "kube"]);
    for (const t of tools) expect(t.score).toBe(t.parts.reduce((s, p) => s + p.points, 0));
    expect(tools.map((t) => t.score)).toEqual([...tools.map((t) => t.score)].sort((a, b) => b - a));
  });

  it("puts the team's cloud up and other clouds' native tools down", () => {
    const tools = toolsFor("hosting", { profile: profile({ clouds: ["gcp"] }) });
    expect(tools[0]?.slug).toBe("host-gcp");
    expect(partOf(pick(tools, "host-gcp"), "cloud")).toMatchObject({
      points: 15,
      reason: "Managed on Google Cloud, your cloud.",
    });
    expect(partOf(pick(tools, "host-aws"), "cloud")).toMatchObject({
      points: -15,
      reason: "Runs only on AWS; your team is on Google Cloud.",
    });
  });

  it("matches the team's languages, from the profile and the members", () => {
    const tools = toolsFor("model_api", {
      members: [member("m1", "Ana", [], 0, ["java"])],
      profile: profile({ languages: ["python"] }),
    });
    expect(partOf(pick(tools, "api-fast"), "language")?.reason).toBe("Python SDK, matches your stack.");
    expect(partOf(pick(tools, "api-java"), "language")?.points).toBe(10);
    const pythonOnly = toolsFor("model_api", { profile: profile({ languages: ["python"] }) });
    expect(partOf(pick(pythonOnly, "api-java"), "language")).toMatchObject({ points: -10 });
  });

  it("names who knows a tool, experts and the least loaded first, then family", () => {
    const members = [
      member("m1", "Bo", [{ slug: "tf", familiarity: "some" }], 1),
      member("m2", "Ana", [{ slug: "tf", familiarity: "expert" }], 5),
      member("m3", "Cy", [{ slug: "tf", familiarity: "expert" }], 2),
      member("m4", "Di", [{ slug: "tofu", familiarity: "expert" }], 0),
    ];
    const tools = toolsFor("infrastructure_as_code", { members });
    const tf = pick(tools, "tf");
    expect(tf?.owners.map((o) => [o.name, o.via])).toEqual([
      ["Cy", "tool"],
      ["Ana", "tool"],
      ["Bo", "tool"],
      ["Di", "family"],
    ]);
    expect(tf?.teamFamiliarity).toBe("expert");
    expect(partOf(tf, "familiarity")?.reason).toBe("Your team already uses TF (Cy, expert; Ana, expert; Bo, some).");
    const tofu = pick(tools, "tofu");
    expect(tofu?.owners[0]).toMatchObject({ name: "Di", via: "tool" });
    expect(tofu?.owners.filter((o) => o.via === "family").map((o) => o.knows)).toEqual(["tf", "tf", "tf"]);
  });

  it("flags a source-available licence with its open alternative; an open-source preference sinks it", () => {
    const neutral = pick(toolsFor("infrastructure_as_code"), "tf");
    expect(neutral?.licence).toEqual({
      kind: "source_available",
      name: "BUSL-1.1",
      flagged: true,
      openAlternative: { slug: "tofu", name: "Tofu" },
    });
    expect(partOf(neutral, "licence")).toMatchObject({ points: 0 });
    expect(neutral?.reasons).toContain("BSL licence (source available): Tofu is the open alternative.");
    const open = toolsFor("infrastructure_as_code", { profile: profile({ preference: "open_source" }) });
    expect(open.map((t) => t.slug)).toEqual(["tofu", "tf"]);
    expect(partOf(pick(open, "tf"), "licence")?.points).toBe(-15);
  });

  it("favours managed tools for a team that prefers them", () => {
    const tools = toolsFor("ci_cd", { profile: profile({ preference: "managed" }) });
    expect(tools[0]?.slug).toBe("ci-hosted");
    expect(pick(tools, "ci-hosted")).toMatchObject({ managed: true, openSource: false });
    expect(partOf(pick(tools, "ci-open"), "licence")?.points).toBe(-5);
  });

  it("holds complex tools and missing prerequisites against a beginner team", () => {
    const kube = pick(toolsFor("hosting"), "kube");
    expect(kube?.needs).toEqual(["containerization"]);
    expect(partOf(kube, "prerequisites")).toMatchObject({
      points: -15,
      reason: "Needs containerised frontend and backend first.",
    });
    expect(partOf(kube, "complexity")).toMatchObject({
      points: -18,
      reason: "Complexity 5 of 5: heavy for a team at maturity level 0.",
    });
    expect(pick(toolsFor("hosting"), "host-saas")?.score).toBeGreaterThan(kube?.score ?? 0);
  });
});

describe("shortLicenceName", () => {
  it("names source-available licences the way people do", () => {
    expect(shortLicenceName("BUSL-1.1")).toBe("BSL");
    expect(shortLicenceName("SSPL-1.0 (server); Apache-2.0 (SDK)")).toBe("SSPL");
    expect(shortLicenceName("FSL-1.1-Apache-2.0 (self-hosted)")).toBe("FSL");
    expect(shortLicenceName("Elastic License 2.0 (ELv2)")).toBe("ELv2");
    expect(shortLicenceName("MPL-2.0")).toBe("MPL-2.0");
  });
});
