import "server-only";
import type { Membership, Project } from "@/lib/generated/prisma/client";
import { can, type TeamAction } from "@/lib/teams/roles";
import { ZCuid } from "@/lib/validation/common";
import type { Db, Tx } from "./db";
import { ForbiddenError, NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// The one place that decides whether the session user may touch a team or project.
// Not a member (or no such row): 404, so other teams' ids reveal nothing.
// A member whose role lacks the action: 403.

declare const checked: unique symbol;
/**
 * A membership found by requireTeamAccess. A page that has checked it once (its loader is
 * cached per request) hands it to the `…Of(access)` reads instead of having each look it up again.
 */
export type TeamAccess = Membership & { readonly [checked]: true };

export async function requireTeamAccess(
  db: Db | Tx,
  user: SessionUser,
  teamId: string,
  action: TeamAction,
): Promise<TeamAccess> {
  if (!ZCuid.safeParse(teamId).success) throw new NotFoundError("Team");
  const membership = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId: user.id } } });
  if (!membership) throw new NotFoundError("Team");
  if (!can(membership.role, action)) throw new ForbiddenError();
  return membership as TeamAccess;
}

export async function requireProjectAccess(
  db: Db | Tx,
  user: SessionUser,
  projectId: string,
  action: TeamAction,
): Promise<{ project: Project; membership: Membership }> {
  if (!ZCuid.safeParse(projectId).success) throw new NotFoundError("Project");
  const project = await db.project.findUnique({
    where: { id: projectId },
    include: { team: { select: { memberships: { where: { userId: user.id } } } } },
  });
  const membership = project?.team.memberships[0];
  if (!project || !membership) throw new NotFoundError("Project");
  if (!can(membership.role, action)) throw new ForbiddenError();
  const { team: _team, ...bare } = project;
  return { project: bare, membership };
}
