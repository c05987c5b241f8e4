import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as acceptRoute from "@/app/api/v1/invitations/[token]/accept/route";
import * as proposalRoute from "@/app/api/v1/projects/[projectId]/roadmap/proposal/route";
import * as memberRoute from "@/app/api/v1/teams/[teamId]/members/[memberId]/route";
import * as roadmapMdRoute from "@/app/api/v1/projects/[projectId]/roadmap.md/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import * as teamInvitations from "@/app/api/v1/teams/[teamId]/invitations/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teamRoute from "@/app/api/v1/teams/[teamId]/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as tokenRoute from "@/app/api/v1/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { newApiTokenSecret } from "@/lib/tokens/token-format";
import { ZApiTokenCreated, ZApiTokenList } from "@/lib/validation/api-tokens";
import { APP_ORIGIN, call } from "@/test/api";
import { bearer, makeToken, revokeToken } from "@/test/api-tokens";
import { recordQueries } from "@/test/count-queries";
import { logLinesOf } from "@/test/log-lines";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import { getDb } from "./db";

// Personal API tokens across the access matrix, called through the route handlers.

async function teamWithProject(owner: { cookie: string }, name: string) {
  const teamId = (await call(teamsRoute.POST, { method: "POST", cookie: owner.cookie, body: { name } })).body!.team
    .id as string;
  const projectId = (await newProjectByCookie(owner, teamId, "P")).body!.project.id as string;
  return { teamId, projectId };
}

async function markdownStatus(projectId: string, secret: string) {
  const request = new NextRequest(`${APP_ORIGIN}/api/v1/projects/${projectId}/roadmap.md`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  return (await roadmapMdRoute.GET(request, { params: Promise.resolve({ projectId }) })).status;
}

const newProject = (secret: string, teamId: string, name: string) =>
  call(teamProjects.POST, { method: "POST", params: { teamId }, body: { name }, headers: bearer(secret) });

/** The same write with the session cookie; `headers` as in call() (e.g. `{ origin: null }`). */
const newProjectByCookie = (
  user: { cookie: string },
  teamId: string,
  name: string,
  headers: Record<string, string | null> = {},
) => call(teamProjects.POST, { method: "POST", cookie: user.cookie, params: { teamId }, body: { name }, headers });

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

describe("Bearer authentication", () => {
  it("acts in the token's teams only: another team and its projects are 404, and lists show only its teams", async () => {
    const user = await signUp();
    const a = await teamWithProject(user, "Team A");
    const b = await teamWithProject(user, "Team B");
    const { secret } = await makeToken(user, { teamIds: [a.teamId], ceiling: "LEAD" });
    const h = bearer(secret);
    expect((await call(projectRoute.GET, { params: { projectId: a.projectId }, headers: h })).status).toBe(200);
    const foreign = await call(projectRoute.GET, { params: { projectId: b.projectId }, headers: h });
    expect([foreign.status, foreign.body!.error.code]).toEqual([404, "not_found"]);
    expect((await call(teamRoute.GET, { params: { teamId: b.teamId }, headers: h })).status).toBe(404);
    // The Markdown download checks membership in its own query (lib/server/roadmap-export-cache.ts).
    expect(await markdownStatus(b.projectId, secret)).toBe(404);
    expect(await markdownStatus(a.projectId, secret)).toBe(200);
    expect((await newProject(secret, b.teamId, "Sneaky")).status).toBe(404);
    const teams = await call(teamsRoute.GET, { headers: h });
    expect(teams.body!.teams.map((t: { id: string }) => t.id)).toEqual([a.teamId]);
    // With the cookie, both are still there.
    expect((await call(teamsRoute.GET, { cookie: user.cookie })).body!.teams).toHaveLength(2);
    // A team-limited token cannot create teams (it could never act in them).
    const team = await call(teamsRoute.POST, { method: "POST", body: { name: "New" }, headers: h });
    expect(team.status).toBe(403);
  });

  it("a VIEWER ceiling reads but never writes (403), even on a LEAD membership", async () => {
    const user = await signUp();
    const { teamId, projectId } = await teamWithProject(user, "Read only");
    const { secret } = await makeToken(user, { teamIds: [teamId], ceiling: "VIEWER" });
    expect((await call(projectRoute.GET, { params: { projectId }, headers: bearer(secret) })).status).toBe(200);
    const write = await newProject(secret, teamId, "Nope");
    expect([write.status, write.body!.error.code]).toEqual([403, "forbidden"]);
    expect(write.body!.error.message).toMatch(/read-only/);
    const rename = await call(projectRoute.PATCH, {
      method: "PATCH",
      params: { projectId },
      body: { name: "Renamed", version: 1 },
      headers: bearer(secret),
    });
    expect(rename.status).toBe(403);
    expect((await getDb().project.count({ where: { teamId } })).valueOf()).toBe(1);
    const teams = await call(teamsRoute.GET, { headers: bearer(secret) });
    expect(teams.body!.teams[0].role).toBe("VIEWER");
  });

  it("a read-only token cannot even leave a team, which the role table lets a viewer do", async () => {
    const lead = await signUp();
    const viewer = await signUp();
    const { teamId } = await teamWithProject(lead, "Stay");
    await joinTeam(lead, teamId, viewer, "VIEWER");
    const membership = await getDb().membership.findUniqueOrThrow({
      where: { teamId_userId: { teamId, userId: viewer.id } },
    });
    const { secret } = await makeToken(viewer, { teamIds: [teamId], ceiling: "VIEWER" });
    const leave = await call(memberRoute.DELETE, {
      method: "DELETE",
      params: { teamId, memberId: membership.id },
      headers: bearer(secret),
    });
    expect(leave.status).toBe(403);
    expect(await getDb().membership.count({ where: { id: membership.id } })).toBe(1);
  });

  it("an all-teams token may create a team, and both of its audit events name the token", async () => {
    const user = await signUp();
    const { id, secret } = await makeToken(user, { teamIds: null, ceiling: "MEMBER" });
    const made = await call(teamsRoute.POST, { method: "POST", body: { name: "Made by CI" }, headers: bearer(secret) });
    expect(made.status).toBe(201);
    const events = await getDb().auditEvent.findMany({ where: { teamId: made.body!.team.id } });
    expect(events.map((e) => [e.action, e.apiTokenId]).sort()).toEqual([
      ["membership.added", id],
      ["team.created", id],
    ]);
  });

  it("a MEMBER ceiling on a LEAD membership cannot plan the roadmap, but can do what members do", async () => {
    const lead = await signUp();
    const { teamId, projectId } = await teamWithProject(lead, "Capped lead");
    const { secret } = await makeToken(lead, { teamIds: [teamId], ceiling: "MEMBER" });
    const plan = await call(proposalRoute.POST, { method: "POST", params: { projectId }, headers: bearer(secret) });
    expect([plan.status, plan.body!.error.code]).toEqual([403, "forbidden"]);
    expect(
      (await call(proposalRoute.POST, { method: "POST", cookie: lead.cookie, params: { projectId } })).status,
    ).toBe(200);
    expect((await newProject(secret, teamId, "Allowed")).status).toBe(201);
    const team = await call(teamRoute.GET, { params: { teamId }, headers: bearer(secret) });
    expect(team.body!.team.role).toBe("MEMBER");
  });

  it("a LEAD ceiling on a MEMBER membership is still a member", async () => {
    const lead = await signUp();
    const member = await signUp();
    const { teamId, projectId } = await teamWithProject(lead, "Member team");
    await joinTeam(lead, teamId, member, "MEMBER");
    const { secret } = await makeToken(member, { teamIds: [teamId], ceiling: "LEAD" });
    const plan = await call(proposalRoute.POST, { method: "POST", params: { projectId }, headers: bearer(secret) });
    expect(plan.status).toBe(403);
    const del = await call(projectRoute.DELETE, { method: "DELETE", params: { projectId }, headers: bearer(secret) });
    expect(del.status).toBe(403);
    const teams = await call(teamsRoute.GET, { headers: bearer(secret) });
    expect(teams.body!.teams).toEqual([expect.objectContaining({ id: teamId, role: "MEMBER" })]);
  });

  it("an all-teams token sees a team joined after it was made", async () => {
    const lead = await signUp();
    const user = await signUp();
    const { secret } = await makeToken(user, { teamIds: null, ceiling: "LEAD" });
    expect((await call(teamsRoute.GET, { headers: bearer(secret) })).body!.teams).toEqual([]);
    const { teamId, projectId } = await teamWithProject(lead, "Joined later");
    expect((await call(projectRoute.GET, { params: { projectId }, headers: bearer(secret) })).status).toBe(404);
    await joinTeam(lead, teamId, user, "VIEWER");
    expect((await call(teamsRoute.GET, { headers: bearer(secret) })).body!.teams).toEqual([
      expect.objectContaining({ id: teamId, role: "VIEWER" }),
    ]);
    expect((await call(projectRoute.GET, { params: { projectId }, headers: bearer(secret) })).status).toBe(200);
  });

  it("answers 401 token_invalid for a revoked, expired, forged or malformed token, saying which", async () => {
    const user = await signUp();
    const revoked = await makeToken(user);
    await revokeToken(user, revoked.id);
    const expired = await makeToken(user);
    await getDb().apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const cases: [Record<string, string | null>, RegExp][] = [
      [bearer(revoked.secret), /has been revoked/],
      [bearer(expired.secret), /expired on \d{4}-\d\d-\d\d/],
      [bearer(newApiTokenSecret()), /^This API token is not valid\.$/],
      [bearer("mm_tooShort"), /not an MLOps Map API token/],
      [{ authorization: `Basic ${revoked.secret}` }, /scheme is not Bearer/],
      [{ authorization: "" }, /not `Bearer <token>`/],
    ];
    for (const [headers, message] of cases) {
      for (const answer of [
        await call(teamsRoute.GET, { headers }),
        await call(teamsRoute.POST, { method: "POST", body: { name: "T" }, headers }),
      ]) {
        expect(answer.status, JSON.stringify(headers)).toBe(401);
        expect(answer.body!.error.code).toBe("token_invalid");
        expect(answer.body!.error.message).toMatch(message);
      }
    }
    expect(await getDb().team.count({ where: { memberships: { some: { userId: user.id } } } })).toBe(0);
  });

  it("never falls back to the cookie when a Bearer header is sent", async () => {
    const user = await signUp();
    const answer = await call(teamsRoute.GET, { cookie: user.cookie, headers: bearer(newApiTokenSecret()) });
    expect(answer.status).toBe(401);
  });

  it("skips the origin check for a token write, while a cookie write without Origin is still 403", async () => {
    const user = await signUp();
    const { teamId } = await teamWithProject(user, "Origins");
    const { secret } = await makeToken(user, { teamIds: [teamId] });
    expect((await newProject(secret, teamId, "From CI")).status).toBe(201);
    const cookieNoOrigin = await newProjectByCookie(user, teamId, "Forged", { origin: null });
    expect([cookieNoOrigin.status, cookieNoOrigin.body!.error.code]).toEqual([403, "csrf_rejected"]);
    const cookieOk = await newProjectByCookie(user, teamId, "From the page");
    expect(cookieOk.status).toBe(201);
  });

  it("records the token in the audit rows it causes, and none for a session", async () => {
    const user = await signUp();
    const { teamId } = await teamWithProject(user, "Audited");
    const { id, secret } = await makeToken(user, { teamIds: [teamId] });
    const byToken = (await newProject(secret, teamId, "By token")).body!.project.id as string;
    const byCookie = (
      await call(teamProjects.POST, {
        method: "POST",
        cookie: user.cookie,
        params: { teamId },
        body: { name: "Cookie" },
      })
    ).body!.project.id as string;
    const rowOf = (projectId: string) =>
      getDb().auditEvent.findFirstOrThrow({ where: { projectId, action: "project.created" } });
    expect(await rowOf(byToken)).toMatchObject({ actorId: user.id, apiTokenId: id });
    expect(await rowOf(byCookie)).toMatchObject({ actorId: user.id, apiTokenId: null });
  });

  it("names the token on the log lines of every request it makes, reads included", async () => {
    const user = await signUp();
    const { id, secret } = await makeToken(user);
    const lines = await logLinesOf("info", async () => {
      await call(teamsRoute.GET, { headers: { ...bearer(secret), "x-request-id": "token-read-1" } });
      await call(teamsRoute.GET, { cookie: user.cookie, headers: { "x-request-id": "cookie-read-1" } });
    });
    const access = (requestId: string) => lines.find((line) => line.requestId === requestId && line.msg === "request");
    expect(access("token-read-1")).toMatchObject({ apiTokenId: id, status: 200 });
    expect(access("cookie-read-1")).toMatchObject({ status: 200 });
    expect(access("cookie-read-1")).not.toHaveProperty("apiTokenId");
  });

  it("sets lastUsedAt on use, and writes it again only after a minute", async () => {
    const user = await signUp();
    const { id, secret } = await makeToken(user);
    await call(teamsRoute.GET, { headers: bearer(secret) });
    const first = (await getDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await call(teamsRoute.GET, { headers: bearer(secret) });
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
    const longAgo = new Date(Date.now() - 61_000);
    await getDb().apiToken.update({ where: { id }, data: { lastUsedAt: longAgo } });
    await call(teamsRoute.GET, { headers: bearer(secret) });
    const later = (await getDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!;
    expect(later.getTime()).toBeGreaterThan(longAgo.getTime() + 60_000);
    const listed = (await call(tokensRoute.GET, { cookie: user.cookie })).body!.tokens[0];
    expect(listed.lastUsedAt).toBe(later.toISOString());
  });

  it("costs one query by the secret's hash, plus one UPDATE of lastUsedAt at most once a minute", async () => {
    const user = await signUp();
    const { secret } = await makeToken(user);
    const first = await recordQueries(() => call(teamsRoute.GET, { headers: bearer(secret) }));
    expect(first.queries).toEqual(["ApiToken.findUnique", "ApiToken.updateMany", "Membership.findMany"]);
    const next = await recordQueries(() => call(teamsRoute.GET, { headers: bearer(secret) }));
    expect(next.queries).toEqual(["ApiToken.findUnique", "Membership.findMany"]);
  });
});
