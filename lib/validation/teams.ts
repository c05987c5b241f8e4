import { z } from "zod";
import { TEAM_ROLES } from "@/lib/teams/roles";
import { displayName } from "./common";
import { boundedInt, hasControlChars, isWellFormed, safeText, version } from "./text";

export const ZTeamRole = z.enum(TEAM_ROLES, { error: "Role must be LEAD, MEMBER or VIEWER." });

export const ZTeamCreate = z.object({ name: displayName("Team name", 80) }).strict();
export const ZTeamRename = ZTeamCreate;

export const ZSkill = z
  .string()
  .trim()
  .min(1, "A skill cannot be empty.")
  .max(40, "A skill must be at most 40 characters.")
  .refine((v) => !hasControlChars(v), "A skill must not contain control characters.")
  .refine(isWellFormed, "A skill must be valid Unicode text (no lone surrogates).");

/** Skills are free text ("data scientist", "DevOps"); duplicates differing only in case are dropped. */
export const ZSkills = z
  .array(ZSkill)
  .max(20, "At most 20 skills.")
  .transform((skills) => skills.filter((s, i) => skills.findIndex((t) => t.toLowerCase() === s.toLowerCase()) === i));

export const ZMemberUpdate = z
  .object({
    version: version("version"),
    role: ZTeamRole.optional(),
    skills: ZSkills.optional(),
  })
  .strict()
  .refine((v) => v.role !== undefined || v.skills !== undefined, "Give a role or skills to change.");

export const ZInvitationCreate = z
  .object({
    role: ZTeamRole,
    label: safeText("Note").trim().max(80, "Note must be at most 80 characters.").optional(),
    expiresInDays: boundedInt("expiresInDays", 1, 30).default(7),
  })
  .strict();

/** Invitation tokens are 32 random bytes in base64url. */
export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "This invitation link is not valid.");

export type TTeamCreate = z.infer<typeof ZTeamCreate>;
export type TMemberUpdate = z.infer<typeof ZMemberUpdate>;
export type TInvitationCreate = z.input<typeof ZInvitationCreate>;
