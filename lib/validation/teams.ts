import { z } from "zod";
import { TEAM_ROLES } from "@/lib/teams/roles";
import { displayName, ZTimestamp } from "./common";
import { ZMemberSkills } from "./team-profile";
import { boundedInt, safeText, version } from "./text";

// Teams, their members and invitations on the wire: what clients send (Z…Create, Z…Update),
// and what the API answers (the output schemas below, which the OpenAPI document is made from).

export const ZTeamRole = z.enum(TEAM_ROLES, { error: "Role must be LEAD, MEMBER or VIEWER." });

export const ZTeamCreate = z.object({ name: displayName("Team name", 80) }).strict();
export const ZTeamRename = ZTeamCreate;

/** Skills are changed through PUT …/members/:memberId/skills (lib/validation/team-profile.ts), not here. */
export const ZMemberUpdate = z
  .object({
    version: version("version"),
    role: ZTeamRole,
  })
  .strict();

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

// ---- Output ----

/** A team in the list of the user's teams (GET /api/v1/teams). */
export const ZTeamSummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: ZTeamRole,
  memberCount: z.int().nonnegative(),
  projectCount: z.int().nonnegative(),
});

/** A team as one of its members sees it: with their role and membership id. */
export const ZTeam = z.strictObject({
  id: z.string(),
  name: z.string(),
  role: ZTeamRole,
  membershipId: z.string(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export const ZMember = z.strictObject({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: ZTeamRole,
  skills: ZMemberSkills,
  version: z.int().positive(),
  joinedAt: ZTimestamp,
});

export const ZInvitationStatus = z.enum(["pending", "accepted", "revoked", "expired"]);

/** An invitation as the team's members list it; the token is never part of it. */
export const ZInvitation = z.strictObject({
  id: z.string(),
  role: ZTeamRole,
  label: z.string().nullable(),
  status: ZInvitationStatus,
  expiresAt: ZTimestamp,
  createdAt: ZTimestamp,
  invitedBy: z.string().nullable(),
});

/** What the invite page shows before joining (GET /api/v1/invitations/:token). */
export const ZInvitationPreview = z.strictObject({
  teamName: z.string(),
  role: ZTeamRole,
  invitedBy: z.string().nullable(),
  status: ZInvitationStatus,
  expiresAt: ZTimestamp,
});

export const ZTeamsResponse = z.strictObject({ teams: z.array(ZTeamSummary) });
export const ZTeamResponse = z.strictObject({ team: ZTeam });
export const ZMembersResponse = z.strictObject({ members: z.array(ZMember) });
export const ZMemberResponse = z.strictObject({ member: ZMember });
export const ZInvitationsResponse = z.strictObject({ invitations: z.array(ZInvitation) });
/** The token is in this answer only: the link to send is `path` on the app's origin. */
export const ZInvitationCreatedResponse = z.strictObject({
  invitation: ZInvitation,
  token: z.string(),
  path: z.string(),
});
export const ZInvitationPreviewResponse = z.strictObject({ invitation: ZInvitationPreview });
export const ZInvitationAcceptedResponse = z.strictObject({
  membership: z.strictObject({ teamId: z.string(), role: ZTeamRole }),
});

export type TTeamSummary = z.infer<typeof ZTeamSummary>;
export type TTeam = z.infer<typeof ZTeam>;
export type TMember = z.infer<typeof ZMember>;
export type TInvitationStatus = z.infer<typeof ZInvitationStatus>;
export type TInvitation = z.infer<typeof ZInvitation>;
export type TInvitationPreview = z.infer<typeof ZInvitationPreview>;
