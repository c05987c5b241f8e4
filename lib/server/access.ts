import "server-only";
import type { Membership, Project } from "@/lib/generated/prisma/client";
import { can, type TeamAction } from "@/lib/teams/roles";
import { effectiveRole, grantCoversTeam } from "@/lib/tokens/token-grant";
import { ZCuid } from "@/lib/validation/common";
import type { Db, Tx } from "./db";
import { AppError, ForbiddenError, NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// The one place that decides whether the session user may touch a team or project.
// Not a member (or no such row): 404, so other teams' ids reveal nothing.
// A member whose role lacks the action: 403.
// A request made with an API token (user.token) sees only the token's teams (others are 404
// like any foreign team) and acts with the lower of the membership role and the token's
// ceiling: the membership handed back carries that role, so later checks on `.role` (owner
// rules, "self" grants) apply the ceiling too.

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
  if (!grantCoversTeam(user.token, teamId)) throw new NotFoundError("Team");
  const found = await db.membership.findUnique({ where: { teamId_userId: { teamId, userId: user.id } } });
  if (!found) throw new NotFoundError("Team");
  const membership = asActing(user, found);
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
  const found = project?.team.memberships[0];
  if (!project || !found || !grantCoversTeam(user.token, project.teamId)) throw new NotFoundError("Project");
  const membership = asActing(user, found);
  if (!can(membership.role, action)) throw new ForbiddenError();
  const { team: _team, ...bare } = project;
  return { project: bare, membership };
}

/** Refuses a request made with an API token: the things only a person signed in may do. */
export function requireSignedInSession(user: SessionUser, what: string): void {
  if (user.token) throw new AppError("session_required", `${what} needs you signed in; an API token cannot do it.`);
}

/** The membership as this request may use it: its role lowered to the token's ceiling, if any. */
function asActing(user: SessionUser, membership: Membership): Membership {
  const role = effectiveRole(membership.role, user.token);
  return role === membership.role ? membership : { ...membership, role };
}
