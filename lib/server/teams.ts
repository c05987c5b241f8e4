import "server-only";
import type { Team } from "@/lib/generated/prisma/client";
import { timestamp } from "@/lib/validation/common";
import { ZTeamCreate, ZTeamRename, type TTeam, type TTeamSummary } from "@/lib/validation/teams";
import { effectiveRole } from "@/lib/tokens/token-grant";
import { requireTeamAccess, type TeamAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { ForbiddenError } from "./errors";
import type { SessionUser } from "./session";

/** The user's teams; through an API token, only the token's, each with the role the token acts with. */
export async function listMyTeams(user: SessionUser): Promise<TTeamSummary[]> {
  const scope = user.token?.teamIds;
  const memberships = await getDb().membership.findMany({
    where: { userId: user.id, ...(scope ? { teamId: { in: [...scope] } } : {}) },
    orderBy: { team: { name: "asc" } },
    include: { team: { include: { _count: { select: { memberships: true, projects: true } } } } },
  });
  return memberships.map((m) => ({
    id: m.team.id,
    name: m.team.name,
    role: effectiveRole(m.role, user.token),
    memberCount: m.team._count.memberships,
    projectCount: m.team._count.projects,
  }));
}

export async function getTeam(user: SessionUser, teamId: string): Promise<TTeam> {
  return teamOf(await requireTeamAccess(getDb(), user, teamId, "team.read"));
}

/** The team of a membership already checked (lib/server/team-page.ts). */
export async function teamOf(access: TeamAccess): Promise<TTeam> {
  const team = await getDb().team.findUniqueOrThrow({ where: { id: access.teamId } });
  return toTeam(team, access);
}

/**
 * The creator becomes the team's first lead. A token limited to some teams cannot create
 * one (it could not act in it); a read-only token is refused earlier (lib/server/api/route.ts).
 */
export async function createTeam(user: SessionUser, input: unknown): Promise<TTeam> {
  if (user.token && user.token.teamIds !== null)
    throw new ForbiddenError("This API token is limited to some teams, so it cannot create a team.");
  const { name } = ZTeamCreate.parse(input);
  return getDb().$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name } });
    const membership = await tx.membership.create({ data: { teamId: team.id, userId: user.id, role: "LEAD" } });
    await recordAudit(tx, {
      teamId: team.id,
      actorId: user.id,
      action: "team.created",
      targetType: "team",
      targetId: team.id,
      details: { name },
    });
    await recordAudit(tx, {
      teamId: team.id,
      actorId: user.id,
      action: "membership.added",
      targetType: "membership",
      targetId: membership.id,
      details: { userId: user.id, role: "LEAD", via: "team.created" },
    });
    return toTeam(team, membership);
  });
}

export async function renameTeam(user: SessionUser, teamId: string, input: unknown): Promise<TTeam> {
  const { name } = ZTeamRename.parse(input);
  return getDb().$transaction(async (tx) => {
    const membership = await requireTeamAccess(tx, user, teamId, "team.rename");
    const before = await tx.team.findUniqueOrThrow({ where: { id: teamId } });
    const team = await tx.team.update({ where: { id: teamId }, data: { name } });
    await recordAudit(tx, {
      teamId,
      actorId: user.id,
      action: "team.renamed",
      targetType: "team",
      targetId: teamId,
      details: { from: before.name, to: name },
    });
    return toTeam(team, membership);
  });
}

/** A team as one of its members sees it, in the same shape from every route that answers one. */
function toTeam(team: Team, membership: { id: string; role: TTeam["role"] }): TTeam {
  return {
    id: team.id,
    name: team.name,
    role: membership.role,
    membershipId: membership.id,
    createdAt: timestamp(team.createdAt),
    updatedAt: timestamp(team.updatedAt),
  };
}
