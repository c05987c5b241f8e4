import "server-only";
import { parseAuthorization } from "@/lib/tokens/bearer";
import { hashApiTokenSecret } from "@/lib/tokens/token-format";
import { apiTokenState, LAST_USED_EVERY_MS, lastUsedIsStale } from "@/lib/tokens/token-grant";
import { getDb } from "./db";
import { TokenInvalidError } from "./errors";
import type { SessionUser } from "./session";

// Authenticating a request by its `Authorization: Bearer mm_…` header: one query by the
// secret's hash (a unique index) that also reads the user. Nothing is remembered between
// requests, so a revocation holds on every instance from the next request on. lastUsedAt
// is written only when the stored value is a minute old or more, so a busy token costs
// one extra UPDATE a minute, not one per request, whichever instance serves it.

export async function authenticateBearer(header: string | null): Promise<SessionUser> {
  const credential = parseAuthorization(header);
  if (credential.kind !== "token")
    throw new TokenInvalidError(
      credential.kind === "malformed"
        ? `The Authorization header was refused: ${credential.problem}.`
        : "Send Authorization: Bearer <token>.",
    );
  const db = getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiTokenSecret(credential.secret) },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  // A well-formed secret that matches nothing: forged, mistyped, or its user was deleted.
  if (!token) throw new TokenInvalidError("This API token is not valid.");
  const now = new Date();
  const state = apiTokenState(token, now);
  if (state === "revoked") throw new TokenInvalidError("This API token has been revoked.");
  if (state === "expired")
    throw new TokenInvalidError(`This API token expired on ${token.expiresAt.toISOString().slice(0, 10)}.`);
  if (lastUsedIsStale(token.lastUsedAt, now)) {
    // The condition repeats the staleness test, so two instances racing write once.
    await db.apiToken.updateMany({
      where: {
        id: token.id,
        OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_EVERY_MS) } }],
      },
      data: { lastUsedAt: now },
    });
  }
  return {
    ...token.user,
    token: { id: token.id, teamIds: token.allTeams ? null : token.teamIds, ceiling: token.ceiling },
  };
}
