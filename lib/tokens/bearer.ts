import { isApiTokenSecret } from "./token-format";

// Reading `Authorization`. Any Authorization header makes the request a token request: it
// is then authenticated by the token alone, never by a cookie that came along, so a
// mistyped header fails loudly (401) instead of quietly acting as the browser's session.

export type BearerCredential =
  { kind: "none" } | { kind: "malformed"; problem: string } | { kind: "token"; secret: string };

export function hasAuthorizationHeader(headers: Headers): boolean {
  return headers.has("authorization");
}

export function parseAuthorization(header: string | null): BearerCredential {
  if (header === null) return { kind: "none" };
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header);
  if (!match) return { kind: "malformed", problem: "it is not `Bearer <token>`" };
  const [, scheme, value] = match;
  if (scheme!.toLowerCase() !== "bearer") return { kind: "malformed", problem: `its scheme is not Bearer` };
  if (!isApiTokenSecret(value!))
    return { kind: "malformed", problem: "the token is not an MLOps Map API token (mm_ and 43 letters or digits)" };
  return { kind: "token", secret: value! };
}
