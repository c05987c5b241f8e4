import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Familiarity } from "./profile";
import { knowledgeBySlug, teamKnowledge, type KnowledgeMember } from "./team-knowledge";

// A small catalog in the shapes the real one uses: OpenTofu names Terraform as its family,
// Terraform names none; Docker and Podman share a family key neither is the slug of.
const CATALOG = [
  { slug: "terraform" },
  { slug: "opentofu", family: "terraform" },
  { slug: "docker", family: "containers" },
  { slug: "podman", family: "containers" },
  { slug: "mlflow" },
];

const member = (id: string, name: string, tools: [string, Familiarity][]): KnowledgeMember => ({
  membershipId: id,
  name,
  skills: { tools: tools.map(([slug, familiarity]) => ({ slug, familiarity })) },
});

describe("teamKnowledge", () => {
  it("is empty for a team without skills", () => {
    expect(teamKnowledge([member("m1", "Ana", [])], CATALOG)).toEqual([]);
  });

  it("says who knows each tool, experts first, and the team's level", () => {
    const knowledge = knowledgeBySlug(
      teamKnowledge(
        [
          member("m1", "Zoe", [["mlflow", "some"]]),
          member("m2", "Ana", [["mlflow", "some"]]),
          member("m3", "Bo", [["mlflow", "expert"]]),
        ],
        CATALOG,
      ),
    );
    expect(knowledge.get("mlflow")).toEqual({
      slug: "mlflow",
      level: "expert",
      experts: 1,
      some: 2,
      members: [
        { membershipId: "m3", name: "Bo", familiarity: "expert" },
        { membershipId: "m2", name: "Ana", familiarity: "some" },
        { membershipId: "m1", name: "Zoe", familiarity: "some" },
      ],
      family: [],
    });
  });

  it("counts a member who knows Terraform as knowing OpenTofu's family, and the other way round", () => {
    const knowledge = knowledgeBySlug(
      teamKnowledge(
        [member("m1", "Ana", [["terraform", "expert"]]), member("m2", "Bo", [["opentofu", "some"]])],
        CATALOG,
      ),
    );
    expect(knowledge.get("opentofu")).toMatchObject({
      level: "some",
      members: [{ name: "Bo" }],
      family: [{ membershipId: "m1", name: "Ana", familiarity: "expert", via: "terraform" }],
    });
    expect(knowledge.get("terraform")).toMatchObject({
      level: "expert",
      family: [{ name: "Bo", via: "opentofu" }],
    });
  });

  it("marks a tool known only through its family as 'family'", () => {
    const knowledge = teamKnowledge([member("m1", "Ana", [["docker", "some"]])], CATALOG);
    expect(knowledge.map((k) => [k.slug, k.level])).toEqual([
      ["docker", "some"],
      ["podman", "family"],
    ]);
    expect(knowledge[1]).toMatchObject({ experts: 0, some: 0, members: [], family: [{ name: "Ana", via: "docker" }] });
  });

  it("ignores slugs the catalog does not have", () => {
    expect(teamKnowledge([member("m1", "Ana", [["cobol-ide", "expert"]])], CATALOG)).toEqual([]);
  });

  const arbMembers = fc.uniqueArray(
    fc.record({
      membershipId: fc.string({ minLength: 1, maxLength: 4 }),
      name: fc.constantFrom("Ana", "Bo", "Cy", "Ana"),
      skills: fc.record({
        tools: fc.uniqueArray(
          fc.record({
            slug: fc.constantFrom(...CATALOG.map((t) => t.slug), "unknown"),
            familiarity: fc.constantFrom<Familiarity>("some", "expert"),
          }),
          { selector: (t) => t.slug, maxLength: 5 },
        ),
      }),
    }),
    { selector: (m) => m.membershipId, maxLength: 6 },
  );

  it("does not depend on the order of members, their tools or the catalog", () => {
    fc.assert(
      fc.property(arbMembers, fc.nat(), (members, seed) => {
        const shuffled = shuffle(
          members.map((m) => ({ ...m, skills: { tools: shuffle(m.skills.tools, seed) } })),
          seed,
        );
        expect(teamKnowledge(shuffled, shuffle(CATALOG, seed + 1))).toEqual(teamKnowledge(members, CATALOG));
      }),
    );
  });

  it("never lowers a tool's level when a member becomes an expert in it", () => {
    const order = { family: 0, some: 1, expert: 2 };
    fc.assert(
      fc.property(arbMembers, fc.constantFrom(...CATALOG.map((t) => t.slug)), (members, slug) => {
        if (members.length === 0) return;
        const [first, ...rest] = members;
        const upgraded = {
          ...first!,
          skills: {
            tools: [...first!.skills.tools.filter((t) => t.slug !== slug), { slug, familiarity: "expert" as const }],
          },
        };
        const before = knowledgeBySlug(teamKnowledge(members, CATALOG)).get(slug);
        const after = knowledgeBySlug(teamKnowledge([upgraded, ...rest], CATALOG)).get(slug)!;
        expect(after.level).toBe("expert");
        expect(after.experts).toBeGreaterThanOrEqual(before?.experts ?? 0);
        if (before) expect(order[after.level]).toBeGreaterThanOrEqual(order[before.level]);
      }),
    );
  });
});

/** A deterministic shuffle, so a failing case replays. */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
