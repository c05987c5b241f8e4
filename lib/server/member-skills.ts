import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/teams/roles";
import { ZCuid } from "@/lib/validation/common";
import { ZMemberSkillsUpdate, type TMemberSkills } from "@/lib/validation/team-profile";
import { requireTeamAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, sqlName, type Db, type Tx } from "./db";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { SKILLS_INCLUDE, toSkills } from "./member-skills-row";
import type { SessionUser } from "./session";

// One member's structured skills: the catalog tools they know (MemberTool rows), their
// languages and a note. The one way to change them is PUT …/members/:memberId/skills:
// a lead for anyone, a member for themselves, a viewer for nobody (members.set_skills).

export async function getMemberSkills(user: SessionUser, teamId: string, membershipId: string): Promise<TMemberSkills> {
  const db = getDb();
  await requireTeamAccess(db, user, teamId, "team.read");
  return toSkills(await findTarget(db, teamId, membershipId));
}

export async function setMemberSkills(
  user: SessionUser,
  teamId: string,
  membershipId: string,
  input: unknown,
): Promise<TMemberSkills> {
  const { version, tools, languages, note } = ZMemberSkillsUpdate.parse(input);
  return getDb().$transaction(async (tx) => {
    const actor = await requireTeamAccess(tx, user, teamId, "team.read");
    if (!ZCuid.safeParse(membershipId).success) throw new NotFoundError("Member");
    // Locks the row: a concurrent save of the same member waits here, then sees the new version.
    await tx.$executeRaw`SELECT 1 FROM ${Prisma.raw(sqlName("Membership"))} WHERE "id" = ${membershipId} AND "teamId" = ${teamId} FOR UPDATE`;
    const target = await findTarget(tx, teamId, membershipId);
    if (!can(actor.role, "members.set_skills", { self: target.userId === user.id })) {
      throw new ForbiddenError(
        actor.role === "VIEWER" ? "A viewer cannot edit skills." : "Only a lead can change other members' skills.",
      );
    }
    const before = toSkills(target);
    if (target.skillsVersion !== version) {
      throw new ConflictError("Someone else changed these skills. Reload to see the change.", { current: before });
    }
    const next = { tools: [...tools].sort((a, b) => (a.slug < b.slug ? -1 : 1)), languages, note };
    // Nothing changes: no new version, no audit event.
    if (
      JSON.stringify(next) === JSON.stringify({ tools: before.tools, languages: before.languages, note: before.note })
    )
      return before;

    await tx.memberTool.deleteMany({ where: { membershipId } });
    await tx.memberTool.createMany({
      data: tools.map((t) => ({ membershipId, toolSlug: t.slug, familiarity: t.familiarity })),
    });
    await tx.membership.update({
      where: { id: membershipId },
      data: { languages, skillsNote: note, skillsVersion: { increment: 1 } },
    });
    const { version: _v, ...from } = before;
    await recordAudit(tx, {
      teamId,
      actorId: user.id,
      action: "membership.skills_changed",
      targetType: "membership",
      targetId: membershipId,
      details: { userId: target.userId, from, to: next },
    });
    return toSkills(await findTarget(tx, teamId, membershipId));
  });
}

async function findTarget(db: Db | Tx, teamId: string, membershipId: string) {
  if (!ZCuid.safeParse(membershipId).success) throw new NotFoundError("Member");
  const target = await db.membership.findFirst({ where: { id: membershipId, teamId }, include: SKILLS_INCLUDE });
  if (!target) throw new NotFoundError("Member");
  return target;
}
