import "server-only";
import { Prisma, type Membership, type Project } from "@/lib/generated/prisma/client";
import { can, TEAM_ROLES, type TeamAction } from "@/lib/teams/roles";
import { effectiveRole, grantCoversTeam } from "@/lib/tokens/token-grant";
import { ZCuid } from "@/lib/validation/common";
import { queryRows, sqlName, type Db, type Tx } from "./db";
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
): Promise<{ project: Project; membership: Membership; team: { id: string; name: string }; stamp: string }> {
  if (!ZCuid.safeParse(projectId).success) throw new NotFoundError("Project");
  const [row] = await queryRows<Record<string, unknown>>(db, PROJECT_ACCESS_SQL(), [projectId, user.id]);
  if (!row) throw new NotFoundError("Project");
  const { project, membership: found } = splitProjectAccess(row);
  if (!grantCoversTeam(user.token, project.teamId)) throw new NotFoundError("Project");
  const membership = asActing(user, found);
  if (!can(membership.role, action)) throw new ForbiddenError();
  return { project, membership, team: { id: project.teamId, name: String(row.teamName) }, stamp: String(row.stamp) };
}

/**
 * requireProjectAccess's decision as SQL, for a write made in one statement
 * (./pipeline-claim.ts): it yields the project's team id if `user` may do `action` on the
 * project, and no row otherwise. The roles it accepts are those `can` grants once lowered to
 * the token's ceiling, and a token sees only its teams, as above. It only says yes: a statement
 * that finds no row writes nothing, and its caller then asks requireProjectAccess, which
 * answers 404 or 403 (or lets the write go another way).
 */
export function projectAccessSql(user: SessionUser, projectId: string, action: TeamAction): Prisma.Sql {
  const roles = TEAM_ROLES.filter((role) => can(effectiveRole(role, user.token), action));
  const teamIds = user.token?.teamIds ?? null;
  return Prisma.sql`
    SELECT p."teamId" FROM ${Prisma.raw(sqlName("Project"))} p
      JOIN ${Prisma.raw(sqlName("Membership"))} m ON m."teamId" = p."teamId" AND m."userId" = ${user.id}
     WHERE p."id" = ${projectId} AND m."role"::text = ANY(${roles}::text[])
       ${teamIds ? Prisma.sql`AND p."teamId" = ANY(${[...teamIds]}::text[])` : Prisma.empty}`;
}

// The project and the user's membership of its team in one query (Prisma's include took three:
// project, team, memberships; every API call on a project starts here). The columns are the
// models' own scalar fields, so a field added to either model is read here too. Along with them:
// the team's name (the project page shows it) and the project's change stamp (ProjectChange,
// moved on by the database with every committed change: ./stamped-cache.ts), so a read that
// keeps its answer needs no second query to know it is still current.
const PROJECT_FIELDS = Object.values(Prisma.ProjectScalarFieldEnum);
const MEMBERSHIP_FIELDS = Object.values(Prisma.MembershipScalarFieldEnum);
const PROJECT_ACCESS_SQL = () =>
  `SELECT ${PROJECT_FIELDS.map((f) => `p."${f}" AS "p.${f}"`).join(", ")},
          ${MEMBERSHIP_FIELDS.map((f) => `m."${f}"${f === "role" ? "::text" : ""} AS "m.${f}"`).join(", ")},
          t."name" AS "teamName", coalesce(c."changes", 0)::text AS "stamp"
     FROM ${sqlName("Project")} p JOIN ${sqlName("Membership")} m ON m."teamId" = p."teamId" AND m."userId" = $2
          JOIN ${sqlName("Team")} t ON t."id" = p."teamId"
          LEFT JOIN ${sqlName("ProjectChange")} c ON c."projectId" = p."id"
    WHERE p."id" = $1`;

function splitProjectAccess(row: Record<string, unknown>): { project: Project; membership: Membership } {
  const pick = (prefix: string, fields: readonly string[]) =>
    Object.fromEntries(fields.map((f) => [f, row[`${prefix}.${f}`]]));
  return {
    project: pick("p", PROJECT_FIELDS) as Project,
    membership: pick("m", MEMBERSHIP_FIELDS) as Membership,
  };
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
