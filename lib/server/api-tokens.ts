import "server-only";
import type { ApiToken } from "@/lib/generated/prisma/client";
import { hashApiTokenSecret, newApiTokenSecret, visiblePrefix } from "@/lib/tokens/token-format";
import { ZApiTokenCreate, type TApiTokenCreated, type TApiTokenView } from "@/lib/validation/api-tokens";
import { timestamp, ZCuid } from "@/lib/validation/common";
import { requireSignedInSession } from "./access";
import { getDb } from "./db";
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
  const db = getDb();
  const wanted = teamIds === null ? [] : [...new Set(teamIds)];
  if (wanted.length > 0) {
    const mine = await db.membership.findMany({
      where: { userId: user.id, teamId: { in: wanted } },
      select: { teamId: true },
    });
    const known = new Set(mine.map((m) => m.teamId));
    const issues = teamIds!.flatMap((id, index) =>
      known.has(id) ? [] : [{ path: `teamIds.${index}`, message: `${id} is not a team you are a member of.` }],
    );
    if (issues.length > 0) throw invalid(issues);
  }
  const secret = newApiTokenSecret();
  const token = await db.apiToken.create({
    data: {
      userId: user.id,
      name,
      prefix: visiblePrefix(secret),
      tokenHash: hashApiTokenSecret(secret),
      allTeams: teamIds === null,
      teamIds: wanted,
      ceiling,
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
    },
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

/** Revoking twice is fine (the first time stands); another user's token is 404. */
export async function revokeApiToken(user: SessionUser, tokenId: string): Promise<void> {
  requireSignedInSession(user, "Revoking an API token");
  if (!ZCuid.safeParse(tokenId).success) throw new NotFoundError("API token");
  const db = getDb();
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId: user.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0 && !(await db.apiToken.findFirst({ where: { id: tokenId, userId: user.id }, select: { id: true } })))
    throw new NotFoundError("API token");
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
