import type { TCatalogTool } from "../catalog/schema";
import type { LanguageId } from "../teams/profile";
import { knowledgeBySlug, teamKnowledge as knowledgeOfTeam } from "../teams/team-knowledge";
import { compare } from "./pipeline-facts";
import type { OwnerSuggestion, RecommendMember } from "./types";

// What the team knows, as the tool score and the owner suggestions read it: the team's
// derived familiarity (lib/teams/team-knowledge.ts, the one rule for it) plus each member's
// open workload, and the languages of the profile and of the members.

export type ToolFacts = {
  /** Members who know the tool itself, then those who know its family; experts first, least loaded first. */
  owners: OwnerSuggestion[];
  best: "expert" | "some" | "family" | null;
  /** How many members know the tool itself. */
  direct: number;
};

export type TeamFacts = {
  languages: ReadonlySet<LanguageId>;
  knowledgeOf: (tool: TCatalogTool) => ToolFacts;
};

const NOBODY: ToolFacts = { owners: [], best: null, direct: 0 };

export function teamFacts(
  members: readonly RecommendMember[],
  catalog: readonly TCatalogTool[],
  profileLanguages: readonly LanguageId[],
): TeamFacts {
  const languages = new Set<LanguageId>(profileLanguages);
  for (const member of members) for (const language of member.skills.languages) languages.add(language);
  const workload = new Map(members.map((m) => [m.membershipId, m.openWorkload]));
  const bySlug = knowledgeBySlug(knowledgeOfTeam(members, catalog));

  return {
    languages,
    knowledgeOf(tool) {
      const known = bySlug.get(tool.slug);
      if (!known) return NOBODY;
      const owner = (m: { membershipId: string; name: string; familiarity: "some" | "expert" }) => ({
        membershipId: m.membershipId,
        name: m.name,
        familiarity: m.familiarity,
        openWorkload: workload.get(m.membershipId) ?? 0,
      });
      const direct = known.members.map((m) => ({ ...owner(m), via: "tool" as const, knows: tool.slug }));
      const family = known.family.map((m) => ({ ...owner(m), via: "family" as const, knows: m.via }));
      return {
        owners: [...direct.sort(byOwner), ...family.sort(byOwner)],
        best: known.level,
        direct: known.members.length,
      };
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
    compare(a.membershipId, b.membershipId) ||
    compare(a.knows, b.knows)
  );
}
