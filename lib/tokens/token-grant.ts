import { isSafeMethod } from "@/lib/security/origin-policy";
import type { TTeamRole } from "@/lib/teams/roles";

// What a token lets its holder do, applied on every request by lib/server/access.ts: only
// in its teams (null: every team the user is in when the request comes), and at most its
// ceiling role there — never more than the user's own role in that team.

export type TokenGrant = {
  id: string;
  /** null: all the user's teams at request time. */
  teamIds: readonly string[] | null;
  ceiling: TTeamRole;
};

const RANK: Record<TTeamRole, number> = { VIEWER: 0, MEMBER: 1, LEAD: 2 };

/** The role a request acts with: the membership's, lowered to the token's ceiling. */
export function effectiveRole(membershipRole: TTeamRole, grant: TokenGrant | undefined): TTeamRole {
  if (!grant) return membershipRole;
  return RANK[grant.ceiling] < RANK[membershipRole] ? grant.ceiling : membershipRole;
}

export function grantCoversTeam(grant: TokenGrant | undefined, teamId: string): boolean {
  return !grant || grant.teamIds === null || grant.teamIds.includes(teamId);
}

/**
 * A read-only token may not write at all. The role table alone would still let a viewer
 * leave a team (members.remove is "self" for viewers); a read-only token must not.
 */
export function grantRefusesMethod(grant: TokenGrant | undefined, method: string): boolean {
  return grant?.ceiling === "VIEWER" && !isSafeMethod(method);
}

export type ApiTokenState = "active" | "revoked" | "expired";

export function apiTokenState(token: { revokedAt: Date | null; expiresAt: Date }, now: Date): ApiTokenState {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt <= now) return "expired";
  return "active";
}

/** lastUsedAt is written at most this often per token, not on every request. */
export const LAST_USED_EVERY_MS = 60_000;

export function lastUsedIsStale(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= LAST_USED_EVERY_MS;
}
