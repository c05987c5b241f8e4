import "server-only";
import { CATALOG } from "@/lib/catalog/catalog";
import { Prisma, type Team } from "@/lib/generated/prisma/client";
import { CLOUDS, LANGUAGES, type TeamProfile } from "@/lib/teams/profile";
import { can } from "@/lib/teams/roles";
import { teamKnowledge } from "@/lib/teams/team-knowledge";
import { ZTeamProfileUpdate, type TMemberSkills, type TTeamProfile } from "@/lib/validation/team-profile";
import { requireTeamAccess, type TeamAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, sqlName, type Db, type Tx } from "./db";
import { ConflictError, ForbiddenError } from "./errors";
import { SKILLS_INCLUDE, toSkills } from "./member-skills-row";
import type { SessionUser } from "./session";

// The team profile (languages, clouds, tool preference; leads edit it) with what the team
// knows, derived from its members' skills. The recommendations loader reads it through
// teamProfileWithKnowledge, with the membership it already checked.

export async function getTeamProfile(user: SessionUser, teamId: string): Promise<TTeamProfile> {
  return teamProfileWithKnowledge(await requireTeamAccess(getDb(), user, teamId, "team.read"));
}

/** The profile and knowledge of a team whose membership was checked (page loaders, the recommendations). */
export async function teamProfileWithKnowledge(access: TeamAccess): Promise<TTeamProfile> {
  return (await teamProfileAndSkills(getDb(), access.teamId)).profile;
}

/** The profile plus each member's name and skills, read in one go. */
export async function teamProfileAndSkills(
  db: Db | Tx,
  teamId: string,
): Promise<{ profile: TTeamProfile; members: { membershipId: string; name: string; skills: TMemberSkills }[] }> {
  const team = await db.team.findUniqueOrThrow({
    where: { id: teamId },
    include: {
      memberships: { include: { user: { select: { name: true } }, ...SKILLS_INCLUDE }, orderBy: { id: "asc" } },
    },
  });
  const members = team.memberships.map((m) => ({ membershipId: m.id, name: m.user.name, skills: toSkills(m) }));
  return {
    profile: { ...toProfile(team), version: team.profileVersion, knowledge: teamKnowledge(members, CATALOG) },
    members,
  };
}

export async function updateTeamProfile(user: SessionUser, teamId: string, input: unknown): Promise<TTeamProfile> {
  const { version, ...next } = ZTeamProfileUpdate.parse(input);
  return getDb().$transaction(async (tx) => {
    const actor = await requireTeamAccess(tx, user, teamId, "team.read");
    if (!can(actor.role, "team.edit_profile")) throw new ForbiddenError("Only a lead can edit the team profile.");
    await tx.$executeRaw`SELECT 1 FROM ${Prisma.raw(sqlName("Team"))} WHERE "id" = ${teamId} FOR UPDATE`;
    const team = await tx.team.findUniqueOrThrow({ where: { id: teamId } });
    if (team.profileVersion !== version) {
      throw new ConflictError("Someone else changed the team profile. Reload to see the change.", {
        current: (await teamProfileAndSkills(tx, teamId)).profile,
      });
    }
    const before = toProfile(team);
    if (JSON.stringify(before) !== JSON.stringify(next)) {
      await tx.team.update({
        where: { id: teamId },
        data: {
          languages: next.languages,
          clouds: next.clouds,
          toolPreference: next.preference,
          profileVersion: { increment: 1 },
        },
      });
      await recordAudit(tx, {
        teamId,
        actorId: user.id,
        action: "team.profile_changed",
        targetType: "team",
        targetId: teamId,
        details: { from: before, to: next },
      });
    }
    return (await teamProfileAndSkills(tx, teamId)).profile;
  });
}

/** The stored profile in the API's order (the input schema sorts ids the same way), so equal profiles compare equal. */
function toProfile(team: Team): TeamProfile {
  return {
    languages: LANGUAGES.filter((id) => team.languages.includes(id)),
    clouds: CLOUDS.filter((id) => team.clouds.includes(id)),
    preference: team.toolPreference,
  };
}
