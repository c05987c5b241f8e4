import "server-only";
import type { Membership } from "@/lib/generated/prisma/client";
import { can, wouldRemoveLastLead } from "@/lib/teams/roles";
import { ZCuid } from "@/lib/validation/common";
import { timestamp } from "@/lib/validation/common";
import { ZMemberUpdate, type TMember } from "@/lib/validation/teams";
import { requireTeamAccess, type TeamAccess } from "./access";
import { SKILLS_INCLUDE, toSkills, type SkillsRow } from "./member-skills-row";
import { recordAudit } from "./audit";
import { getDb, type Tx } from "./db";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import type { SessionUser } from "./session";

export async function listMembers(user: SessionUser, teamId: string): Promise<TMember[]> {
  return membersOf(await requireTeamAccess(getDb(), user, teamId, "team.read"));
}

/** The team's members, for a membership already checked; every member may read them. */
export async function membersOf(access: TeamAccess): Promise<TMember[]> {
  const rows = await getDb().membership.findMany({
    where: { teamId: access.teamId },
    include: MEMBER_INCLUDE,
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
  });
  return rows.map(toDto);
}

export async function updateMember(
  user: SessionUser,
  teamId: string,
  membershipId: string,
  input: unknown,
): Promise<TMember> {
  const { version, role } = ZMemberUpdate.parse(input);
  return getDb().$transaction(async (tx) => {
    const actor = await requireTeamAccess(tx, user, teamId, "team.read");
    const target = await lockAndFind(tx, teamId, membershipId);
    const isSelf = target.userId === user.id;
    // Checked before anything else: sending the role a member already has is still setting a role.
    if (!can(actor.role, "members.set_role", { self: isSelf }))
      throw new ForbiddenError("Only a lead can change roles.");
    if (target.version !== version) {
      throw new ConflictError("Someone else changed this member. Reload to see the change.", {
        current: await memberDto(tx, target.id),
      });
    }
    if (wouldRemoveLastLead(target.role, role, await leadCount(tx, teamId))) {
      throw new ConflictError("A team needs at least one lead. Make someone else a lead first.");
    }
    // Nothing changes: no new version, no audit event, the member as it is.
    if (role === target.role) return memberDto(tx, target.id);
    await tx.membership.update({ where: { id: target.id }, data: { role, version: { increment: 1 } } });
    await recordAudit(tx, {
      teamId,
      actorId: user.id,
      action: "membership.role_changed",
      targetType: "membership",
      targetId: target.id,
      details: { userId: target.userId, from: target.role, to: role },
    });
    return memberDto(tx, target.id);
  });
}

/** A lead removes anyone; everyone may leave. The last lead can do neither. */
export async function removeMember(user: SessionUser, teamId: string, membershipId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const actor = await requireTeamAccess(tx, user, teamId, "team.read");
    const target = await lockAndFind(tx, teamId, membershipId);
    const isSelf = target.userId === user.id;
    if (!can(actor.role, "members.remove", { self: isSelf }))
      throw new ForbiddenError("Only a lead can remove members.");
    if (wouldRemoveLastLead(target.role, null, await leadCount(tx, teamId))) {
      throw new ConflictError(
        isSelf
          ? "You are the team's only lead. Make someone else a lead before you leave."
          : "A team needs at least one lead.",
      );
    }
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      teamId,
      actorId: user.id,
      action: isSelf ? "membership.left" : "membership.removed",
      targetType: "membership",
      targetId: target.id,
      details: { userId: target.userId, role: target.role },
    });
  });
}

/**
 * Touching the team row holds its lock until the transaction ends, so two leads
 * demoting each other at once cannot both pass the last-lead check.
 */
async function lockAndFind(tx: Tx, teamId: string, membershipId: string): Promise<Membership> {
  await tx.team.update({ where: { id: teamId }, data: { updatedAt: new Date() } });
  if (!ZCuid.safeParse(membershipId).success) throw new NotFoundError("Member");
  const target = await tx.membership.findFirst({ where: { id: membershipId, teamId } });
  if (!target) throw new NotFoundError("Member");
  return target;
}

function leadCount(tx: Tx, teamId: string) {
  return tx.membership.count({ where: { teamId, role: "LEAD" } });
}

async function memberDto(tx: Tx, membershipId: string): Promise<TMember> {
  return toDto(await tx.membership.findUniqueOrThrow({ where: { id: membershipId }, include: MEMBER_INCLUDE }));
}

const MEMBER_INCLUDE = { user: { select: { name: true, email: true } }, ...SKILLS_INCLUDE } as const;

type MemberRow = SkillsRow & Pick<Membership, "userId" | "role" | "version" | "createdAt">;

function toDto(row: MemberRow & { user: { name: string; email: string } }): TMember {
  return {
    id: row.id,
    userId: row.userId,
    name: row.user.name,
    email: row.user.email,
    role: row.role,
    skills: toSkills(row),
    version: row.version,
    joinedAt: timestamp(row.createdAt),
  };
}
