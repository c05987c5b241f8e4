import "server-only";
import type { ApiToken } from "@/lib/generated/prisma/client";
import { hashApiTokenSecret, newApiTokenSecret, visiblePrefix } from "@/lib/tokens/token-format";
import { ZApiTokenCreate, type TApiTokenCreated, type TApiTokenView } from "@/lib/validation/api-tokens";
import { timestamp, ZCuid } from "@/lib/validation/common";
import { requireSignedInSession } from "./access";
import { recordAudits } from "./audit";
import { getDb, type Tx } from "./db";
import { NotFoundError } from "./errors";
import { invalid } from "./roadmap-checks";
import type { SessionUser } from "./session";

// A user's personal API tokens. Only a signed-in session manages them: a token that could
// mint tokens would outlive its own expiry and revocation. The secret is returned once, by
// createApiToken; only its SHA-256 is kept (lib/tokens/token-format.ts).

const DAY_MS = 24 * 60 * 60 * 1000;
const LIST_LIMIT = 100;

export async function createApiToken(user: SessionUser, input: unknown): Promise<TApiTokenCreated> {
  requireSignedInSession(user, "Creating an API token");
  const { name, teamIds, ceiling, expiresInDays } = ZApiTokenCreate.parse(input);
  const wanted = teamIds === null ? null : [...new Set(teamIds)];
  const secret = newApiTokenSecret();
  const token = await getDb().$transaction(async (tx) => {
    const covered = await coveredTeamIds(tx, user.id, wanted);
    if (wanted !== null) {
      const known = new Set(covered);
      const issues = teamIds!.flatMap((id, index) =>
        known.has(id) ? [] : [{ path: `teamIds.${index}`, message: `${id} is not a team you are a member of.` }],
      );
      if (issues.length > 0) throw invalid(issues);
    }
    const created = await tx.apiToken.create({
      data: {
        userId: user.id,
        name,
        prefix: visiblePrefix(secret),
        tokenHash: hashApiTokenSecret(secret),
        allTeams: wanted === null,
        teamIds: wanted ?? [],
        ceiling,
        expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
      },
    });
    await recordTokenAudits(tx, user.id, "api_token.created", created, covered);
    return created;
  });
  return { token: toView(token), secret };
}

/** The user's tokens, newest first, revoked and expired ones included (they say when). */
export async function listApiTokens(user: SessionUser): Promise<TApiTokenView[]> {
  requireSignedInSession(user, "Listing API tokens");
  const rows = await getDb().apiToken.findMany({
    where: { userId: user.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
  });
  return rows.map(toView);
}

/** Revoking twice is fine (the first time stands, and only it is audited); another user's token is 404. */
export async function revokeApiToken(user: SessionUser, tokenId: string): Promise<void> {
  requireSignedInSession(user, "Revoking an API token");
  if (!ZCuid.safeParse(tokenId).success) throw new NotFoundError("API token");
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: tokenId, userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId: user.id } });
    if (!token) throw new NotFoundError("API token");
    if (count === 0) return;
    const covered = await coveredTeamIds(tx, user.id, token.allTeams ? null : token.teamIds);
    await recordTokenAudits(tx, user.id, "api_token.revoked", token, covered);
  });
}

/**
 * The teams a grant lets the token act in right now: the user's teams, all of them for an
 * all-teams grant. A team the user has left or that was deleted is not covered (the token is
 * 404 there), and has no trail to write to.
 */
async function coveredTeamIds(tx: Tx, userId: string, teamIds: string[] | null): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { userId, ...(teamIds === null ? {} : { teamId: { in: teamIds } }) },
    select: { teamId: true },
    orderBy: { teamId: "asc" },
  });
  return rows.map((row) => row.teamId);
}

/**
 * A token is the user's, but it acts in teams, and an audit event belongs to a team
 * (AuditEvent.teamId is required): so one event in the trail of each team it covers, which
 * is where a lead looks for what can act in the team. The details name the token and its grant,
 * never the secret or its hash. A user with no team yet (an all-teams token) leaves no event:
 * there is no trail the token could act in.
 */
async function recordTokenAudits(
  tx: Tx,
  actorId: string,
  action: "api_token.created" | "api_token.revoked",
  token: ApiToken,
  covered: string[],
) {
  const details = {
    tokenId: token.id,
    name: token.name,
    ceiling: token.ceiling,
    // null = every team the user is in (then and later), as in the token's view.
    teamIds: token.allTeams ? null : token.teamIds,
  };
  await recordAudits(
    tx,
    covered.map((teamId) => ({ teamId, actorId, action, targetType: "api_token", targetId: token.id, details })),
  );
}

function toView(token: ApiToken): TApiTokenView {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    teamIds: token.allTeams ? null : token.teamIds,
    ceiling: token.ceiling,
    createdAt: timestamp(token.createdAt),
    expiresAt: timestamp(token.expiresAt),
    lastUsedAt: token.lastUsedAt ? timestamp(token.lastUsedAt) : null,
    revokedAt: token.revokedAt ? timestamp(token.revokedAt) : null,
  };
}
