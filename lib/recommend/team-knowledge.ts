import type { TCatalogTool } from "../catalog/schema";
import type { Familiarity, LanguageId } from "../teams/profile";
import { compare } from "./pipeline-facts";
import type { OwnerSuggestion, RecommendMember } from "./types";

// What the team knows, read from its members' skills: who knows each tool, and who knows
// another tool of its family ("knows Terraform" counts for OpenTofu). Skills naming a slug
// the catalog does not have are ignored here (the skills API refuses them on the way in).

export type ToolKnowledge = {
  /** Members who know the tool itself, then those who know its family, each best first. */
  owners: OwnerSuggestion[];
  best: Familiarity | "family" | null;
  /** How many members know the tool itself. */
  direct: number;
};

export type TeamKnowledge = {
  languages: ReadonlySet<LanguageId>;
  knowledgeOf: (tool: TCatalogTool) => ToolKnowledge;
};

/** A tool's family: its declared family, else itself (so a family named after a tool includes that tool). */
export const familyOf = (tool: TCatalogTool) => tool.family ?? tool.slug;

export function teamKnowledge(
  members: readonly RecommendMember[],
  catalog: readonly TCatalogTool[],
  profileLanguages: readonly LanguageId[],
): TeamKnowledge {
  const bySlug = new Map(catalog.map((t) => [t.slug, t]));
  const languages = new Set<LanguageId>(profileLanguages);
  // slug → membershipId → best familiarity
  const known = new Map<string, Map<string, Familiarity>>();
  for (const member of members) {
    for (const language of member.skills.languages) languages.add(language);
    for (const { slug, familiarity } of member.skills.tools) {
      if (!bySlug.has(slug)) continue;
      const bySkill = known.get(slug) ?? new Map<string, Familiarity>();
      if (bySkill.get(member.membershipId) !== "expert") bySkill.set(member.membershipId, familiarity);
      known.set(slug, bySkill);
    }
  }
  const memberById = new Map(members.map((m) => [m.membershipId, m]));
  const familySlugs = new Map<string, string[]>();
  for (const slug of [...known.keys()].sort(compare)) {
    const key = familyOf(bySlug.get(slug) as TCatalogTool);
    familySlugs.set(key, [...(familySlugs.get(key) ?? []), slug]);
  }
  const suggestion = (membershipId: string, familiarity: Familiarity, via: "tool" | "family", knows: string) => {
    const member = memberById.get(membershipId) as RecommendMember;
    return { membershipId, name: member.name, familiarity, via, knows, openWorkload: member.openWorkload };
  };

  return {
    languages,
    knowledgeOf(tool) {
      const direct = [...(known.get(tool.slug) ?? new Map<string, Familiarity>())].map(([id, f]) =>
        suggestion(id, f, "tool", tool.slug),
      );
      const directIds = new Set(direct.map((o) => o.membershipId));
      const family = new Map<string, OwnerSuggestion>();
      for (const slug of familySlugs.get(familyOf(tool)) ?? []) {
        if (slug === tool.slug) continue;
        for (const [id, f] of known.get(slug) ?? []) {
          const seen = family.get(id);
          if (directIds.has(id) || (seen && (seen.familiarity === "expert" || f === "some"))) continue;
          family.set(id, suggestion(id, f, "family", slug));
        }
      }
      const owners = [...direct.sort(byOwner), ...[...family.values()].sort(byOwner)];
      const best = direct.some((o) => o.familiarity === "expert")
        ? "expert"
        : direct.length > 0
          ? "some"
          : family.size > 0
            ? "family"
            : null;
      return { owners, best, direct: direct.length };
    },
  };
}

/** Experts first, then the least open work, then by name and id so the order is stable. */
function byOwner(a: OwnerSuggestion, b: OwnerSuggestion): number {
  const expertise = (o: OwnerSuggestion) => (o.familiarity === "expert" ? 0 : 1);
  return (
    expertise(a) - expertise(b) ||
    a.openWorkload - b.openWorkload ||
    compare(a.name, b.name) ||
    compare(a.membershipId, b.membershipId)
  );
}
