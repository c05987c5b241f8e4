import { describe, expect, it } from "vitest";
import { TEAM_ROLES } from "@/lib/teams/roles";
import {
  apiTokenState,
  effectiveRole,
  grantCoversTeam,
  grantRefusesMethod,
  lastUsedIsStale,
  type TokenGrant,
} from "./token-grant";

const grant = (ceiling: TokenGrant["ceiling"], teamIds: string[] | null = null): TokenGrant => ({
  id: "t1",
  teamIds,
  ceiling,
});

describe("effectiveRole", () => {
  it("is the lower of the membership role and the ceiling", () => {
    expect(effectiveRole("LEAD", grant("MEMBER"))).toBe("MEMBER");
    expect(effectiveRole("MEMBER", grant("LEAD"))).toBe("MEMBER");
    expect(effectiveRole("LEAD", grant("VIEWER"))).toBe("VIEWER");
    expect(effectiveRole("VIEWER", grant("LEAD"))).toBe("VIEWER");
  });

  it("never raises a role, for every pair", () => {
    const rank = (r: string) => TEAM_ROLES.length - TEAM_ROLES.indexOf(r as never);
    for (const role of TEAM_ROLES)
      for (const ceiling of TEAM_ROLES) {
        const got = effectiveRole(role, grant(ceiling));
        expect(rank(got)).toBe(Math.min(rank(role), rank(ceiling)));
      }
  });

  it("is the membership role for a session", () => {
    expect(effectiveRole("LEAD", undefined)).toBe("LEAD");
  });
});

describe("grantCoversTeam", () => {
  it("covers the named teams only, every team for null, and any team for a session", () => {
    expect(grantCoversTeam(grant("LEAD", ["a", "b"]), "b")).toBe(true);
    expect(grantCoversTeam(grant("LEAD", ["a", "b"]), "c")).toBe(false);
    expect(grantCoversTeam(grant("LEAD", null), "c")).toBe(true);
    expect(grantCoversTeam(undefined, "c")).toBe(true);
  });
});

describe("grantRefusesMethod", () => {
  it("refuses writes to a read-only token and nothing else", () => {
    expect(grantRefusesMethod(grant("VIEWER"), "POST")).toBe(true);
    expect(grantRefusesMethod(grant("VIEWER"), "delete")).toBe(true);
    expect(grantRefusesMethod(grant("VIEWER"), "GET")).toBe(false);
    expect(grantRefusesMethod(grant("MEMBER"), "POST")).toBe(false);
    expect(grantRefusesMethod(undefined, "POST")).toBe(false);
  });
});

describe("apiTokenState and lastUsedIsStale", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  it("says revoked before expired, and active otherwise", () => {
    const future = new Date("2027-01-01T00:00:00Z");
    expect(apiTokenState({ revokedAt: now, expiresAt: new Date(0) }, now)).toBe("revoked");
    expect(apiTokenState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(apiTokenState({ revokedAt: null, expiresAt: future }, now)).toBe("active");
  });

  it("asks for a write when never used or last written a minute ago or more", () => {
    expect(lastUsedIsStale(null, now)).toBe(true);
    expect(lastUsedIsStale(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(lastUsedIsStale(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
