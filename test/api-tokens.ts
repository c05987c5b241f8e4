import * as tokenRoute from "@/app/api/v1/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import type { TApiTokenCreate } from "@/lib/validation/api-tokens";
import { call } from "./api";

/** Creates a personal API token through the API, as the settings page does; returns its view and secret. */
export async function makeToken(owner: { cookie: string }, body: Partial<TApiTokenCreate> = {}) {
  const made = await call(tokensRoute.POST, {
    method: "POST",
    cookie: owner.cookie,
    body: { name: "CI", teamIds: null, ceiling: "MEMBER", ...body },
  });
  if (made.status !== 201) throw new Error(`token creation failed: ${made.status} ${JSON.stringify(made.body)}`);
  return { id: made.body!.token.id as string, secret: made.body!.secret as string };
}

export async function revokeToken(owner: { cookie: string }, tokenId: string) {
  return call(tokenRoute.DELETE, { method: "DELETE", cookie: owner.cookie, params: { tokenId } });
}

/** Headers of a script's request: the token, and no Origin (scripts send none). */
export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}`, origin: null });
