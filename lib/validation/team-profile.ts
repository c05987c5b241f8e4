import { z } from "zod";
import { isCatalogSlug } from "@/lib/catalog/catalog";
import {
  CLOUDS,
  FAMILIARITIES,
  LANGUAGES,
  TOOL_PREFERENCES,
  type MemberSkills,
  type TeamProfile,
} from "@/lib/teams/profile";
import { TEAM_FAMILIARITIES, type ToolKnowledge } from "@/lib/teams/team-knowledge";
import { safeText, version } from "./text";

// The team profile (languages, clouds, tool preference) and each member's structured skills
// (catalog tools with a familiarity, languages, a note) on the wire. Unknown ids are refused
// naming the value, so a client learns which entry to fix ("languages.2: Unknown language 'cobol'.").

export const MAX_MEMBER_TOOLS = 60;
export const MAX_SKILLS_NOTE = 500;

/** The value as a message may quote it: short, and only when it is text. */
const quoted = (input: unknown) =>
  typeof input === "string" ? ` '${input.length > 40 ? `${input.slice(0, 40)}…` : input}'` : "";

export const ZLanguageId = z.enum(LANGUAGES, { error: (iss) => `Unknown language${quoted(iss.input)}.` });
export const ZCloudId = z.enum(CLOUDS, { error: (iss) => `Unknown cloud${quoted(iss.input)}.` });
export const ZToolPreference = z.enum(TOOL_PREFERENCES, {
  error: "Preference must be open_source, managed or none.",
});
export const ZFamiliarity = z.enum(FAMILIARITIES, { error: "Familiarity must be 'some' or 'expert'." });

/** A catalog tool's slug; the database's foreign key refuses anything else too. */
export const ZToolSlug = z.string({ error: "A tool is named by its catalog slug." }).refine(isCatalogSlug, {
  error: (iss) => `Unknown tool${quoted(iss.input)}: not in the catalog.`,
});

/** Languages are a set: a repeat is dropped, not refused. Kept in LANGUAGES order so equal sets compare equal. */
const ZLanguages = z
  .array(ZLanguageId, { error: "Languages must be a list." })
  .max(LANGUAGES.length * 2, "Too many languages.")
  .transform((list) => LANGUAGES.filter((id) => list.includes(id)));

export const ZTeamProfileUpdate = z.strictObject({
  version: version("version"),
  languages: ZLanguages,
  clouds: z
    .array(ZCloudId, { error: "Clouds must be a list." })
    .max(CLOUDS.length * 2, "Too many clouds.")
    .transform((list) => CLOUDS.filter((id) => list.includes(id)))
    .refine((list) => !(list.includes("none") && list.length > 1), "'none' cannot be chosen with a cloud."),
  preference: ZToolPreference,
});

export const ZMemberTool = z.strictObject({ slug: ZToolSlug, familiarity: ZFamiliarity });

/**
 * A tool listed twice is refused rather than merged: the two entries may disagree on the
 * familiarity, and picking one would change what the member said.
 */
export const ZMemberSkillsUpdate = z.strictObject({
  version: version("version"),
  tools: z
    .array(ZMemberTool, { error: "Tools must be a list." })
    .max(MAX_MEMBER_TOOLS, `At most ${MAX_MEMBER_TOOLS} tools.`)
    .superRefine((tools, ctx) => {
      const seen = new Set<string>();
      tools.forEach((tool, i) => {
        if (seen.has(tool.slug))
          ctx.addIssue({ code: "custom", path: [i, "slug"], message: `'${tool.slug}' is listed twice.` });
        seen.add(tool.slug);
      });
    }),
  languages: ZLanguages,
  note: safeText("Note").trim().max(MAX_SKILLS_NOTE, `Note must be at most ${MAX_SKILLS_NOTE} characters.`),
});

export type TTeamProfileUpdate = z.input<typeof ZTeamProfileUpdate>;
export type TMemberSkillsUpdate = z.input<typeof ZMemberSkillsUpdate>;

// ---- Output ----

export const ZMemberSkills = z.strictObject({
  tools: z.array(z.strictObject({ slug: z.string(), familiarity: z.enum(FAMILIARITIES) })),
  languages: z.array(z.enum(LANGUAGES)),
  note: z.string(),
  version: z.int().positive(),
});

const ZKnowingMember = z.strictObject({
  membershipId: z.string(),
  name: z.string(),
  familiarity: z.enum(FAMILIARITIES),
});

/** lib/teams/team-knowledge.ts's ToolKnowledge on the wire. */
export const ZToolKnowledge = z.strictObject({
  slug: z.string(),
  level: z.enum(TEAM_FAMILIARITIES),
  experts: z.int().nonnegative(),
  some: z.int().nonnegative(),
  members: z.array(ZKnowingMember),
  family: z.array(ZKnowingMember.extend({ via: z.string() })),
});

export const ZTeamProfile = z.strictObject({
  languages: z.array(z.enum(LANGUAGES)),
  clouds: z.array(z.enum(CLOUDS)),
  preference: z.enum(TOOL_PREFERENCES),
  version: z.int().positive(),
  knowledge: z.array(ZToolKnowledge),
});

export const ZTeamProfileResponse = z.strictObject({ profile: ZTeamProfile });
export const ZMemberSkillsResponse = z.strictObject({ skills: ZMemberSkills });

export type TMemberSkills = z.infer<typeof ZMemberSkills>;
export type TToolKnowledge = z.infer<typeof ZToolKnowledge>;
export type TTeamProfile = z.infer<typeof ZTeamProfile>;

// The wire types are the domain's (lib/teams/): a field added on one side fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _KnowledgeIsDomain = Assert<Same<TToolKnowledge, ToolKnowledge>>;
type _SkillsAreDomain = Assert<Same<Omit<TMemberSkills, "version">, MemberSkills>>;
type _ProfileIsDomain = Assert<Same<Omit<TTeamProfile, "version" | "knowledge">, TeamProfile>>;
type _UpdateIsDomain = Assert<Same<Omit<z.output<typeof ZTeamProfileUpdate>, "version">, TeamProfile>>;
