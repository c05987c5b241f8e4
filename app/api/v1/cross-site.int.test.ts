import { describe, expect, it } from "vitest";
import * as invitationAccept from "@/app/api/v1/invitations/[token]/accept/route";
import * as analyze from "@/app/api/v1/notebooks/analyze/route";
import * as project from "@/app/api/v1/projects/[projectId]/route";
import * as teamInvitations from "@/app/api/v1/teams/[teamId]/invitations/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { getDb } from "@/lib/server/db";
import { call } from "@/test/api";
import { signUp } from "@/test/users";

// The attack from the hardening issue: a page on another port of the same host (same
// site, so the SameSite=Lax cookie goes along) auto-submits an enctype=text/plain form
// whose body happens to be JSON. The browser sends Origin: <that page's origin>.
const ATTACKER = "http://localhost:4000";
const FORM_POST = { "content-type": "text/plain", origin: ATTACKER, "sec-fetch-site": "same-site" };

async function leadWithTeam() {
  const lead = await signUp("Lead");
  const created = await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Victim team" } });
  expect(created.status).toBe(201);
  return { lead, teamId: created.body!.team.id as string };
}

function expectRefused(res: Awaited<ReturnType<typeof call>>) {
  expect(res.status).toBe(403);
  expect(res.body).toEqual({
    error: { code: "csrf_rejected", message: expect.stringContaining("Origin"), requestId: expect.any(String) },
  });
}

describe("cross-site writes", () => {
  it("refuses a cross-origin text/plain form that would create a team, a project or accept an invitation, and creates nothing", async () => {
    const victim = await signUp("Victim");
    const attacker = await leadWithTeam();
    const invitation = await call(teamInvitations.POST, {
      method: "POST",
      cookie: attacker.lead.cookie,
      params: { teamId: attacker.teamId },
      body: { role: "MEMBER" },
    });
    const token = invitation.body!.token as string;
    const { teamId: victimTeamId } = await (async () => {
      const created = await call(teams.POST, { method: "POST", cookie: victim.cookie, body: { name: "Own team" } });
      return { teamId: created.body!.team.id as string };
    })();
    const teamsBefore = await getDb().membership.count({ where: { userId: victim.id } });

    // A text/plain form sends `<field name>=<value>\r\n`: the name and value are chosen so that the body is valid JSON.
    const teamBody = '{"name":"Pwned="}\r\n';
    const projectBody = '{"name":"Pwned","description":"="}\r\n';
    expectRefused(
      await call(teams.POST, { method: "POST", cookie: victim.cookie, rawBody: teamBody, headers: FORM_POST }),
    );
    expectRefused(
      await call(teamProjects.POST, {
        method: "POST",
        cookie: victim.cookie,
        params: { teamId: victimTeamId },
        rawBody: projectBody,
        headers: FORM_POST,
      }),
    );
    expectRefused(
      await call(invitationAccept.POST, {
        method: "POST",
        cookie: victim.cookie,
        params: { token },
        rawBody: "x=y\r\n",
        headers: FORM_POST,
      }),
    );

    expect(await getDb().membership.count({ where: { userId: victim.id } })).toBe(teamsBefore);
    expect(await getDb().team.count({ where: { name: "Pwned=" } })).toBe(0);
    expect(await getDb().project.count({ where: { teamId: victimTeamId } })).toBe(0);
    expect(await getDb().membership.count({ where: { userId: victim.id, teamId: attacker.teamId } })).toBe(0);
  });

  it("checks the origin before the session: a forged write learns nothing, not even whether it is signed in", async () => {
    expectRefused(await call(teams.POST, { method: "POST", rawBody: "{}", headers: FORM_POST }));
  });

  it("refuses writes without Origin unless the browser says Sec-Fetch-Site: same-origin", async () => {
    const { lead, teamId } = await leadWithTeam();
    const noOrigin = { origin: null };
    expectRefused(
      await call(teamProjects.POST, {
        method: "POST",
        cookie: lead.cookie,
        params: { teamId },
        body: { name: "A" },
        headers: noOrigin,
      }),
    );
    expectRefused(
      await call(teamProjects.POST, {
        method: "POST",
        cookie: lead.cookie,
        params: { teamId },
        body: { name: "B" },
        headers: { ...noOrigin, "sec-fetch-site": "same-site" },
      }),
    );
    expectRefused(
      await call(teamProjects.POST, {
        method: "POST",
        cookie: lead.cookie,
        params: { teamId },
        body: { name: "C" },
        headers: { origin: "null" },
      }),
    );
    const sameOrigin = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "D" },
      headers: { ...noOrigin, "sec-fetch-site": "same-origin" },
    });
    expect(sameOrigin.status).toBe(201);
    expect((await getDb().project.findMany({ where: { teamId }, select: { name: true } })).map((p) => p.name)).toEqual([
      "D",
    ]);
  });

  it("accepts the loopback twin of the app's origin (localhost and 127.0.0.1 are one machine)", async () => {
    const { lead, teamId } = await leadWithTeam();
    const res = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Twin" },
      headers: { origin: "http://127.0.0.1:3000" },
    });
    expect(res.status).toBe(201);
    const otherPort = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Port" },
      headers: { origin: "http://127.0.0.1:3001" },
    });
    expectRefused(otherPort);
  });

  it("origin-checks DELETE, which has no body and needs no content type", async () => {
    const { lead, teamId } = await leadWithTeam();
    const created = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Keep" },
    });
    const projectId = created.body!.project.id as string;
    expectRefused(
      await call(project.DELETE, {
        method: "DELETE",
        cookie: lead.cookie,
        params: { projectId },
        headers: { origin: ATTACKER },
      }),
    );
    expect(await getDb().project.count({ where: { id: projectId } })).toBe(1);
    expect((await call(project.DELETE, { method: "DELETE", cookie: lead.cookie, params: { projectId } })).status).toBe(
      204,
    );
    expect(await getDb().project.count({ where: { id: projectId } })).toBe(0);
  });
});

describe("content types", () => {
  it("answers 415 to a same-origin JSON route sent as text/plain or form data, and accepts application/json with a charset", async () => {
    const { lead, teamId } = await leadWithTeam();
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonx",
    ]) {
      const res = await call(teamProjects.POST, {
        method: "POST",
        cookie: lead.cookie,
        params: { teamId },
        rawBody: '{"name":"Plain"}',
        headers: { "content-type": type },
      });
      expect(res.status, type).toBe(415);
      expect(res.body!.error).toMatchObject({
        code: "unsupported_media_type",
        message: expect.stringContaining("application/json"),
      });
    }
    const missing = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      rawBody: '{"name":"Plain"}',
      headers: { "content-type": null },
    });
    expect(missing.status).toBe(415);
    expect(await getDb().project.count({ where: { teamId } })).toBe(0);
    const charset = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      rawBody: '{"name":"Charset"}',
      headers: { "content-type": "Application/JSON; charset=utf-8" },
    });
    expect(charset.status).toBe(201);
  });

  it("takes uploads as application/octet-stream or multipart only, origin-checked like the rest", async () => {
    const user = await signUp();
    const notebook = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [{ cell_type: "code", metadata: {}, outputs: [], source: ["import pandas as pd"] }],
    });
    const path = "/api/v1/notebooks/analyze?filename=a.ipynb";
    const plain = await call(analyze.POST, {
      method: "POST",
      path,
      cookie: user.cookie,
      rawBody: notebook,
      headers: { "content-type": "text/plain" },
    });
    expect(plain.status).toBe(415);
    expect(plain.body!.error).toMatchObject({
      code: "unsupported_media_type",
      message: expect.stringContaining("application/octet-stream"),
    });
    const crossSite = await call(analyze.POST, {
      method: "POST",
      path,
      cookie: user.cookie,
      rawBody: notebook,
      headers: { "content-type": "application/octet-stream", origin: ATTACKER },
    });
    expectRefused(crossSite);
    const raw = await call(analyze.POST, {
      method: "POST",
      path,
      cookie: user.cookie,
      rawBody: notebook,
      headers: { "content-type": "application/octet-stream" },
    });
    expect(raw.status).toBe(200);
    const form = new FormData();
    form.set("file", new File([notebook], "b.ipynb"));
    const multipart = new Response(form);
    const multipartRes = await call(analyze.POST, {
      method: "POST",
      path: "/api/v1/notebooks/analyze",
      cookie: user.cookie,
      rawBody: await multipart.text(),
      headers: { "content-type": multipart.headers.get("content-type") },
    });
    expect(multipartRes.status).toBe(200);
  });
});

describe("request ids", () => {
  it("echoes a short safe x-request-id and replaces anything else with a fresh one", async () => {
    const ok = await call(teams.GET, { headers: { "x-request-id": "req-42.a_B" } });
    expect(ok.status).toBe(401);
    expect(ok.body!.error.requestId).toBe("req-42.a_B");
    expect(ok.headers.get("x-request-id")).toBe("req-42.a_B");
    // Also on answers a handler builds itself (201 Created).
    const user = await signUp();
    const created = await call(teams.POST, {
      method: "POST",
      cookie: user.cookie,
      body: { name: "Traced" },
      headers: { "x-request-id": "create-1" },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get("x-request-id")).toBe("create-1");
    for (const bad of ["a b", "<script>", "x".repeat(65), "id\u00e9", "a;rm -rf", ""]) {
      const res = await call(teams.GET, { headers: { "x-request-id": bad } });
      expect(res.body!.error.requestId, JSON.stringify(bad)).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get("x-request-id")).toBe(res.body!.error.requestId);
    }
  });
});
