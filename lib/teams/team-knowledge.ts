import type { TCatalogTool } from "../catalog/schema";
import type { Familiarity, MemberSkills } from "./profile";

// What the team knows, derived from its members' skills: per catalog tool, who knows it and
// how well, and who knows a tool of the same family (someone fluent in Terraform can pick
// up OpenTofu). The recommender ranks tools with it, the owner suggestions name people from
// it, and team settings show it. Pure and deterministic: the same members give the same
// answer whatever their order.

/** A member as this module needs them: id, name and skills. */
export type KnowledgeMember = { membershipId: string; name: string; skills: Pick<MemberSkills, "tools"> };

export type KnowingMember = { membershipId: string; name: string; familiarity: Familiarity };

/** A member who knows another tool of the tool's family, and which one. */
export type FamilyMember = KnowingMember & { via: string };

/**
 * "expert": a member is an expert in the tool itself; "some": members know it, none is an
 * expert; "family": nobody knows it, but someone knows a tool of its family.
 */
export const TEAM_FAMILIARITIES = ["expert", "some", "family"] as const;
export type TeamFamiliarity = (typeof TEAM_FAMILIARITIES)[number];

export type ToolKnowledge = {
  slug: string;
  level: TeamFamiliarity;
  experts: number;
  some: number;
  /** Who knows the tool itself: experts first, then by name. */
  members: KnowingMember[];
  /** Who knows only a relative of it (never someone already in `members`): experts first, then by name. */
  family: FamilyMember[];
};

type CatalogEntry = Pick<TCatalogTool, "slug" | "family">;

/**
 * A tool's family key: its `family`, or its own slug, so "terraform" (no family) and
 * "opentofu" (family "terraform") meet whichever way the catalog writes it.
 */
const familyKey = (tool: CatalogEntry) => tool.family ?? tool.slug;

/**
 * Every catalog tool someone in the team knows, directly or through its family, sorted by
 * slug. Skills naming a slug not in the catalog are ignored (the API refuses them; this
 * keeps the function total).
 */
export function teamKnowledge(members: readonly KnowledgeMember[], catalog: readonly CatalogEntry[]): ToolKnowledge[] {
  const bySlug = new Map(catalog.map((tool) => [tool.slug, tool]));
  const direct = new Map<string, KnowingMember[]>();
  // family key → members with the tool they know of that family
  const families = new Map<string, FamilyMember[]>();
  for (const member of members) {
    for (const { slug, familiarity } of member.skills.tools) {
      const tool = bySlug.get(slug);
      if (!tool) continue;
      const who = { membershipId: member.membershipId, name: member.name, familiarity };
      push(direct, slug, who);
      push(families, familyKey(tool), { ...who, via: slug });
    }
  }

  const out: ToolKnowledge[] = [];
  for (const tool of catalog) {
    const knowing = dedupe([...(direct.get(tool.slug) ?? [])].sort(byExpertiseThenName));
    const knowingIds = new Set(knowing.map((m) => m.membershipId));
    const relatives = (families.get(familyKey(tool)) ?? []).filter(
      (m) => m.via !== tool.slug && !knowingIds.has(m.membershipId),
    );
    const family = dedupe(relatives.sort((a, b) => byExpertiseThenName(a, b) || compare(a.via, b.via)));
    if (knowing.length === 0 && family.length === 0) continue;
    const experts = knowing.filter((m) => m.familiarity === "expert").length;
    out.push({
      slug: tool.slug,
      level: experts > 0 ? "expert" : knowing.length > 0 ? "some" : "family",
      experts,
      some: knowing.length - experts,
      members: knowing,
      family,
    });
  }
  return out.sort((a, b) => compare(a.slug, b.slug));
}

/** The knowledge list as a lookup by slug. */
export function knowledgeBySlug(knowledge: readonly ToolKnowledge[]): ReadonlyMap<string, ToolKnowledge> {
  return new Map(knowledge.map((k) => [k.slug, k]));
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const RANK: Record<Familiarity, number> = { expert: 0, some: 1 };

/** Code-unit order, not locale order: the answer must not depend on the machine's locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function byExpertiseThenName(a: KnowingMember, b: KnowingMember): number {
  return (
    RANK[a.familiarity] - RANK[b.familiarity] || compare(a.name, b.name) || compare(a.membershipId, b.membershipId)
  );
}

/** One entry per member: the first in sort order (their best familiarity) wins. */
function dedupe<T extends KnowingMember>(sorted: T[]): T[] {
  const seen = new Set<string>();
  return sorted.filter((m) => !seen.has(m.membershipId) && seen.add(m.membershipId));
}
