import { describe, expect, it } from "vitest";
import * as acceptRoute from "@/app/api/v1/invitations/[token]/accept/route";
import * as teamInvitations from "@/app/api/v1/teams/[teamId]/invitations/route";
import * as tokenRoute from "@/app/api/v1/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { ZApiTokenCreated, ZApiTokenList } from "@/lib/validation/api-tokens";
import { call } from "@/test/api";
import { bearer, makeToken, revokeToken, teamWithProject } from "@/test/api-tokens";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import { getDb } from "./db";

// Personal API tokens, managed through the route handlers: creating, listing, revoking, and the
// audit trail of it. What a token may do once made is api-token-auth.int.test.ts.

describe("POST/GET/DELETE /api/v1/tokens", () => {
  it("creates a token shown once, lists it without the secret, and revokes it (204, twice)", async () => {
    const user = await signUp();
    const made = await call(tokensRoute.POST, {
      method: "POST",
      cookie: user.cookie,
      body: { name: "  CI  ", teamIds: null, ceiling: "VIEWER" },
    });
    expect(made.status).toBe(201);
    // The wire contract (the CLI's): strict output schemas, so a leaked field fails here.
    expect(ZApiTokenCreated.safeParse(made.body).error).toBeUndefined();
    const { token, secret } = made.body!;
    expect(secret).toMatch(/^mm_[0-9A-Za-z]{43}$/);
    expect(token).toMatchObject({ name: "CI", prefix: secret.slice(0, 8), teamIds: null, ceiling: "VIEWER" });
    expect(token).toMatchObject({ lastUsedAt: null, revokedAt: null });
    const days = (Date.parse(token.expiresAt) - Date.parse(token.createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(90);
    const row = await getDb().apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(row.tokenHash).not.toContain(secret.slice(3));

    const listed = await call(tokensRoute.GET, { cookie: user.cookie });
    expect(listed.body).toEqual({ tokens: [token] });
    expect(ZApiTokenList.safeParse(listed.body).error).toBeUndefined();
    expect(JSON.stringify(listed.body)).not.toContain(secret);

    expect((await revokeToken(user, token.id)).status).toBe(204);
    expect((await revokeToken(user, token.id)).status).toBe(204);
    const after = (await call(tokensRoute.GET, { cookie: user.cookie })).body!.tokens[0];
    expect(after.revokedAt).not.toBeNull();
  });

  it("refuses teams the user is not in (422 naming the entry), and expiries outside 1..365", async () => {
    const user = await signUp();
    const other = await signUp();
    const { teamId: mine } = await teamWithProject(user, "Mine");
    const { teamId: theirs } = await teamWithProject(other, "Theirs");
    const bad = await call(tokensRoute.POST, {
      method: "POST",
      cookie: user.cookie,
      body: { name: "x", teamIds: [mine, theirs], ceiling: "LEAD" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body!.error.issues).toEqual([
      { path: "teamIds.1", message: `${theirs} is not a team you are a member of.` },
    ]);
    for (const body of [
      { name: "x", teamIds: null, ceiling: "LEAD", expiresInDays: 366 },
      { name: "x", teamIds: null, ceiling: "LEAD", expiresInDays: 0 },
      { name: "x", teamIds: [], ceiling: "LEAD" },
      { name: "x", teamIds: null, ceiling: "OWNER" },
      { name: "", teamIds: null, ceiling: "LEAD" },
      { name: "x", ceiling: "LEAD" },
    ]) {
      const refused = await call(tokensRoute.POST, { method: "POST", cookie: user.cookie, body });
      expect(refused.status, JSON.stringify(body)).toBe(422);
    }
    expect(await getDb().apiToken.count({ where: { userId: user.id } })).toBe(0);
    const yearLong = await makeToken(user, { teamIds: [mine], expiresInDays: 365 });
    expect(yearLong.secret).toMatch(/^mm_/);
  });

  it("answers 404 for another user's token, so ids reveal nothing", async () => {
    const owner = await signUp();
    const other = await signUp();
    const { id } = await makeToken(owner);
    expect((await revokeToken(other, id)).status).toBe(404);
    expect((await revokeToken(other, "cnotarealtokenid000000000")).status).toBe(404);
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it("cannot be managed with a token (403 session_required), nor can a token accept an invitation", async () => {
    const user = await signUp();
    const { id, secret } = await makeToken(user, { ceiling: "LEAD" });
    const create = await call(tokensRoute.POST, {
      method: "POST",
      body: { name: "more", teamIds: null, ceiling: "LEAD" },
      headers: bearer(secret),
    });
    const list = await call(tokensRoute.GET, { headers: bearer(secret) });
    const revoke = await call(tokenRoute.DELETE, {
      method: "DELETE",
      params: { tokenId: id },
      headers: bearer(secret),
    });
    for (const answer of [create, list, revoke]) {
      expect(answer.status).toBe(403);
      expect(answer.body!.error.code).toBe("session_required");
      expect(answer.body!.error.message).toMatch(/an API token cannot do it/);
    }
    expect(await getDb().apiToken.count({ where: { userId: user.id } })).toBe(1);

    const lead = await signUp();
    const { teamId } = await teamWithProject(lead, "Inviting");
    const invited = await call(teamInvitations.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { role: "MEMBER" },
    });
    const accept = await call(acceptRoute.POST, {
      method: "POST",
      params: { token: invited.body!.token },
      headers: bearer(secret),
    });
    expect([accept.status, accept.body!.error.code]).toEqual([403, "session_required"]);
  });
});

describe("the audit trail of token management", () => {
  const tokenEvents = (actorId: string) =>
    getDb().auditEvent.findMany({
      where: { actorId, targetType: "api_token" },
      orderBy: [{ action: "asc" }, { teamId: "asc" }],
    });

  it("records creation and revocation in each team the grant covers, naming the token, never its secret", async () => {
    const user = await signUp();
    const { teamId: a } = await teamWithProject(user, "A");
    const { teamId: b } = await teamWithProject(user, "B");
    const { teamId: outside } = await teamWithProject(user, "Not granted");
    const { id, secret } = await makeToken(user, { name: "Deploy", teamIds: [b, a, b], ceiling: "VIEWER" });
    const { tokenHash } = await getDb().apiToken.findUniqueOrThrow({ where: { id } });

    const created = await tokenEvents(user.id);
    expect(created.map((e) => e.teamId).sort()).toEqual([a, b].sort());
    for (const event of created) {
      expect(event).toMatchObject({ action: "api_token.created", targetId: id, projectId: null, apiTokenId: null });
      // The grant as stored: duplicates gone, in the order given.
      expect(event.details).toEqual({ tokenId: id, name: "Deploy", ceiling: "VIEWER", teamIds: [b, a] });
    }
    const text = JSON.stringify(created);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(3));
    expect(text).not.toContain(tokenHash);
    expect(await getDb().auditEvent.count({ where: { teamId: outside, targetType: "api_token" } })).toBe(0);

    expect((await revokeToken(user, id)).status).toBe(204);
    // The second revocation changes nothing, so it records nothing.
    expect((await revokeToken(user, id)).status).toBe(204);
    const revoked = (await tokenEvents(user.id)).filter((e) => e.action === "api_token.revoked");
    expect(revoked.map((e) => e.teamId).sort()).toEqual([a, b].sort());
    for (const event of revoked) {
      expect(event).toMatchObject({ targetId: id, apiTokenId: null });
      expect(event.details).toEqual({ tokenId: id, name: "Deploy", ceiling: "VIEWER", teamIds: [b, a] });
    }
    expect(JSON.stringify(revoked)).not.toContain(tokenHash);
  });

  it("an all-teams token is recorded in every team the user is in at the time, and no other", async () => {
    const user = await signUp();
    const other = await signUp();
    const { teamId: first } = await teamWithProject(user, "First");
    const { teamId: theirs } = await teamWithProject(other, "Theirs");
    const { id } = await makeToken(user, { teamIds: null, ceiling: "LEAD" });
    const created = await tokenEvents(user.id);
    expect(created.map((e) => [e.action, e.teamId])).toEqual([["api_token.created", first]]);
    expect(created[0]!.details).toEqual({ tokenId: id, name: "CI", ceiling: "LEAD", teamIds: null });

    // Joined after creation: the token acts there now, so its revocation is on that trail too.
    await joinTeam(other, theirs, user);
    expect((await revokeToken(user, id)).status).toBe(204);
    const revoked = (await tokenEvents(user.id)).filter((e) => e.action === "api_token.revoked");
    expect(revoked.map((e) => e.teamId).sort()).toEqual([first, theirs].sort());
  });

  it("a refused creation writes neither a token nor an event", async () => {
    const user = await signUp();
    const other = await signUp();
    const { teamId: mine } = await teamWithProject(user, "Mine");
    const { teamId: theirs } = await teamWithProject(other, "Theirs");
    for (const body of [
      { name: "x", teamIds: [mine, theirs], ceiling: "LEAD" },
      { name: "", teamIds: [mine], ceiling: "LEAD" },
      { name: "x", teamIds: [mine], ceiling: "OWNER" },
    ]) {
      const refused = await call(tokensRoute.POST, { method: "POST", cookie: user.cookie, body });
      expect(refused.status, JSON.stringify(body)).toBe(422);
    }
    expect(await getDb().apiToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await getDb().auditEvent.count({ where: { targetType: "api_token", teamId: { in: [mine, theirs] } } })).toBe(
      0,
    );
  });
});
