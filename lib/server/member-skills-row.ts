import "server-only";
import type { Familiarity } from "@/lib/generated/prisma/client";
import { LANGUAGES, type LanguageId } from "@/lib/teams/profile";
import type { TMemberSkills } from "@/lib/validation/team-profile";

// A membership's structured skills as rows (MemberTool) and columns, and as the API sends
// them. Shared by the members list, the skills routes and the team profile's knowledge.

export const SKILLS_INCLUDE = {
  tools: { select: { toolSlug: true, familiarity: true }, orderBy: { toolSlug: "asc" } },
} as const;

export type SkillsRow = {
  id: string;
  languages: string[];
  skillsNote: string;
  skillsVersion: number;
  tools: { toolSlug: string; familiarity: Familiarity }[];
};

const isLanguage = (id: string): id is LanguageId => (LANGUAGES as readonly string[]).includes(id);

export function toSkills(row: SkillsRow): TMemberSkills {
  return {
    tools: row.tools.map((t) => ({ slug: t.toolSlug, familiarity: t.familiarity })),
    // Only the API writes the column, with checked ids; a stray value is left out, not sent.
    languages: row.languages.filter(isLanguage),
    note: row.skillsNote,
    version: row.skillsVersion,
  };
}
