import "server-only";
import type { TeamRole } from "@/lib/generated/prisma/client";
import { ZTeamCreate, ZTeamRename } from "@/lib/validation/teams";
import { requireTeamAccess, type TeamAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import type { SessionUser } from "./session";

export type TeamSummary = { id: string; name: string; role: TeamRole; memberCount: number; projectCount: number };

export async function listMyTeams(user: SessionUser): Promise<TeamSummary[]> {
  const memberships = await getDb().membership.findMany({
    where: { userId: user.id },
    orderBy: { team: { name: "asc" } },
    include: { team: { include: { _count: { select: { memberships: true, projects: true } } } } },
  });
  return memberships.map((m) => ({
    id: m.team.id,
    name: m.team.name,
    role: m.role,
    memberCount: m.team._count.memberships,
    projectCount: m.team._count.projects,
  }));
}

export async function getTeam(user: SessionUser, teamId: string) {
  return teamOf(await requireTeamAccess(getDb(), user, teamId, "team.read"));
}

/** The team of a membership already checked (lib/server/team-page.ts). */
export async function teamOf(access: TeamAccess) {
  const team = await getDb().team.findUniqueOrThrow({ where: { id: access.teamId } });
  return { ...team, role: access.role, membershipId: access.id };
}

/** The creator becomes the team's first lead. */
export async function createTeam(user: SessionUser, input: unknown) {
  const { name } = ZTeamCreate.parse(input);
  return getDb().$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name } });
    const membership = await tx.membership.create({ data: { teamId: team.id, userId: user.id, role: "LEAD" } });
    await recordAudit(tx, { teamId: team.id, actorId: user.id, action: "team.created", targetType: "team", targetId: team.id, details: { name } });
    await recordAudit(tx, {
      teamId: team.id,
      actorId: user.id,
      action: "membership.added",
      targetType: "membership",
      targetId: membership.id,
      details: { userId: user.id, role: "LEAD", via: "team.created" },
    });
    return { ...team, role: membership.role };
  });
}

export async function renameTeam(user: SessionUser, teamId: string, input: unknown) {
  const { name } = ZTeamRename.parse(input);
  return getDb().$transaction(async (tx) => {
    await requireTeamAccess(tx, user, teamId, "team.rename");
    const before = await tx.team.findUniqueOrThrow({ where: { id: teamId } });
    const team = await tx.team.update({ where: { id: teamId }, data: { name } });
    await recordAudit(tx, { teamId, actorId: user.id, action: "team.renamed", targetType: "team", targetId: teamId, details: { from: before.name, to: name } });
    return team;
  });
}
