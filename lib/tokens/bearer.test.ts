import { describe, expect, it } from "vitest";
import { hasAuthorizationHeader, parseAuthorization } from "./bearer";
import { newApiTokenSecret } from "./token-format";

describe("parseAuthorization", () => {
  const secret = newApiTokenSecret();

  it("reads `Bearer <token>`, whatever the scheme's case and surrounding spaces", () => {
    expect(parseAuthorization(`Bearer ${secret}`)).toEqual({ kind: "token", secret });
    expect(parseAuthorization(`  bearer   ${secret} `)).toEqual({ kind: "token", secret });
  });

  it("says there is none without a header", () => {
    expect(parseAuthorization(null)).toEqual({ kind: "none" });
    expect(hasAuthorizationHeader(new Headers())).toBe(false);
    expect(hasAuthorizationHeader(new Headers({ Authorization: "x" }))).toBe(true);
  });

  it("calls everything else malformed, saying why", () => {
    expect(parseAuthorization("")).toMatchObject({ kind: "malformed", problem: "it is not `Bearer <token>`" });
    expect(parseAuthorization(`Bearer`)).toMatchObject({ kind: "malformed" });
    expect(parseAuthorization(`Basic ${secret}`)).toMatchObject({
      kind: "malformed",
      problem: "its scheme is not Bearer",
    });
    expect(parseAuthorization(`Bearer ${secret} extra`)).toMatchObject({ kind: "malformed" });
    expect(parseAuthorization("Bearer mm_short")).toMatchObject({
      kind: "malformed",
      problem: expect.stringContaining("not an MLOps Map API token"),
    });
  });
});
