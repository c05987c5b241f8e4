import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import * as proposalRoute from "@/app/api/v1/projects/[projectId]/roadmap/proposal/route";
import * as memberRoute from "@/app/api/v1/teams/[teamId]/members/[memberId]/route";
import * as roadmapMdRoute from "@/app/api/v1/projects/[projectId]/roadmap.md/route";
import * as projectRoute from "@/app/api/v1/projects/[projectId]/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teamRoute from "@/app/api/v1/teams/[teamId]/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { newApiTokenSecret } from "@/lib/tokens/token-format";
import { APP_ORIGIN, call } from "@/test/api";
import { bearer, makeToken, newProjectByCookie, revokeToken, teamWithProject } from "@/test/api-tokens";
import { recordQueries } from "@/test/count-queries";
import { logLinesOf } from "@/test/log-lines";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import { getDb } from "./db";

// Personal API tokens across the access matrix, called through the route handlers: what a
// Bearer token may read and write (its teams, its ceiling), and how it is checked and logged.

async function markdownStatus(projectId: string, secret: string) {
  const request = new NextRequest(`${APP_ORIGIN}/api/v1/projects/${projectId}/roadmap.md`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  return (await roadmapMdRoute.GET(request, { params: Promise.resolve({ projectId }) })).status;
}

const newProject = (secret: string, teamId: string, name: string) =>
  call(teamProjects.POST, { method: "POST", params: { teamId }, body: { name }, headers: bearer(secret) });

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
