import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionCookie } from "better-auth/cookies";
import { cache } from "react";
import { hasAuthorizationHeader } from "@/lib/tokens/bearer";
import type { TokenGrant } from "@/lib/tokens/token-grant";
import { authenticateBearer } from "./api-token-auth";
import { getAuth } from "./auth";
import { UnauthorizedError } from "./errors";
import { sessionMemo } from "./session-memo";

/**
 * Who a request acts for. `token` is set when an API token authenticated it: lib/server/access.ts
 * then limits the request to the token's teams and lowers its role to the token's ceiling.
 */
export type SessionUser = { id: string; name: string; email: string; token?: TokenGrant };

async function readSession(requestHeaders: Headers): Promise<SessionUser | null> {
  const memo = sessionMemo<SessionUser>();
  const token = getSessionCookie(requestHeaders);
  const known = token ? memo.get(token) : undefined;
  if (known) return known;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, name, email } = session.user;
  const user = { id, name, email };
  if (token) memo.set(token, user, new Date(session.session.expiresAt).getTime());
  return user;
}

/** The signed-in user of the current request (pages, layouts), read once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => readSession(await headers()));

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requirePageUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(returnTo ? `/sign-in?next=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/**
 * For route handlers: the user of the request's API token when it has an Authorization
 * header (that alone: never the cookie too; 401 token_invalid if it does not authenticate),
 * else the signed-in user, or 401.
 */
export async function requireApiUser(request: Request): Promise<SessionUser> {
  if (hasAuthorizationHeader(request.headers)) return authenticateBearer(request.headers.get("authorization"));
  const user = await readSession(request.headers);
  if (!user) throw new UnauthorizedError();
  return user;
}
