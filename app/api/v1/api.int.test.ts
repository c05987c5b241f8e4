import { describe, expect, it, vi } from "vitest";
import * as health from "@/app/api/health/route";
import * as invitationAccept from "@/app/api/v1/invitations/[token]/accept/route";
import * as project from "@/app/api/v1/projects/[projectId]/route";
import * as teamInvitations from "@/app/api/v1/teams/[teamId]/invitations/route";
import * as member from "@/app/api/v1/teams/[teamId]/members/[memberId]/route";
import * as teamMembers from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { getDb } from "@/lib/server/db";
import { call } from "@/test/api";
import { signUp } from "@/test/users";

async function leadWithTeam() {
  const lead = await signUp("Lead");
  const created = await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "API team" } });
  expect(created.status).toBe(201);
  return { lead, teamId: created.body!.team.id as string };
}

async function invite(lead: { cookie: string }, teamId: string, role: string) {
  const user = await signUp(role);
  const inv = await call(teamInvitations.POST, {
    method: "POST",
    cookie: lead.cookie,
    params: { teamId },
    body: { role },
  });
  expect(inv.status).toBe(201);
  expect(inv.body!.path).toBe(`/invite/${inv.body!.token}`);
  const accepted = await call(invitationAccept.POST, {
    method: "POST",
    cookie: user.cookie,
    params: { token: inv.body!.token },
  });
  expect(accepted.status).toBe(200);
  return user;
}

describe("API", () => {
  it("answers 401 without a session, in the error shape", async () => {
    const res = await call(teams.GET, {});
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      error: { code: "unauthorized", message: "Sign in to continue.", requestId: expect.any(String) },
    });
    expect((await call(project.GET, { params: { projectId: "cm000000000000000000000000" } })).status).toBe(401);
  });

  it("creates and lists teams and projects", async () => {
    const { lead, teamId } = await leadWithTeam();
    const created = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Churn" },
    });
    expect(created.status).toBe(201);
    expect(created.body!.project).toMatchObject({ name: "Churn", description: "", version: 1, teamId });
    const list = await call(teamProjects.GET, { cookie: lead.cookie, params: { teamId } });
    expect(list.body!.projects).toHaveLength(1);
    const mine = await call(teams.GET, { cookie: lead.cookie });
    expect(mine.body!.teams).toEqual([
      expect.objectContaining({ id: teamId, role: "LEAD", projectCount: 1, memberCount: 1 }),
    ]);
  });

  it("answers 422 naming the problem for bad bodies and bad ids, and 400 for broken JSON", async () => {
    const { lead, teamId } = await leadWithTeam();
    const long = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "x".repeat(10_000) },
    });
    expect(long.status).toBe(422);
    expect(long.body!.error).toMatchObject({
      code: "invalid_input",
      issues: [{ path: "name", message: "Project name must be at most 100 characters." }],
    });
    const extra = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "ok", teamId: "x" },
    });
    expect(extra.status).toBe(422);
    const badId = await call(project.GET, { cookie: lead.cookie, params: { projectId: "1 OR 1=1" } });
    expect(badId.status).toBe(422);
    expect(badId.body!.error.message).toBe("projectId: is not a valid id");
    const broken = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      rawBody: '{"name": "trunc',
    });
    expect(broken.status).toBe(400);
    expect(broken.body!.error.code).toBe("invalid_json");
    const huge = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      rawBody: JSON.stringify({ name: "a".repeat(1_100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await getDb().project.count({ where: { teamId } })).toBe(0);
  });

  it("hides other teams' data behind 404 and refuses a viewer's writes with 403", async () => {
    const { lead, teamId } = await leadWithTeam();
    const { body } = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Private" },
    });
    const projectId = body!.project.id as string;

    const stranger = await signUp("Stranger");
    for (const res of [
      await call(project.GET, { cookie: stranger.cookie, params: { projectId } }),
      await call(project.PATCH, {
        method: "PATCH",
        cookie: stranger.cookie,
        params: { projectId },
        body: { version: 1, name: "Mine" },
      }),
      await call(project.DELETE, { method: "DELETE", cookie: stranger.cookie, params: { projectId } }),
      await call(teamProjects.GET, { cookie: stranger.cookie, params: { teamId } }),
      await call(teamMembers.GET, { cookie: stranger.cookie, params: { teamId } }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body!.error.code).toBe("not_found");
      expect(JSON.stringify(res.body)).not.toContain("Private");
    }

    const viewer = await invite(lead, teamId, "VIEWER");
    expect((await call(project.GET, { cookie: viewer.cookie, params: { projectId } })).status).toBe(200);
    const writes = [
      await call(project.PATCH, {
        method: "PATCH",
        cookie: viewer.cookie,
        params: { projectId },
        body: { version: 1, name: "Renamed" },
      }),
      await call(project.DELETE, { method: "DELETE", cookie: viewer.cookie, params: { projectId } }),
      await call(teamProjects.POST, {
        method: "POST",
        cookie: viewer.cookie,
        params: { teamId },
        body: { name: "New" },
      }),
      await call(teamInvitations.POST, {
        method: "POST",
        cookie: viewer.cookie,
        params: { teamId },
        body: { role: "LEAD" },
      }),
    ];
    for (const res of writes) {
      expect(res.status).toBe(403);
      expect(res.body!.error.code).toBe("forbidden");
    }
    const after = await call(project.GET, { cookie: lead.cookie, params: { projectId } });
    expect(after.body!.project).toMatchObject({ name: "Private", version: 1 });
  });

  it("answers 409 with the current project on a stale version", async () => {
    const { lead, teamId } = await leadWithTeam();
    const { body } = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "V" },
    });
    const projectId = body!.project.id as string;
    expect(
      (
        await call(project.PATCH, {
          method: "PATCH",
          cookie: lead.cookie,
          params: { projectId },
          body: { version: 1, name: "V2" },
        })
      ).status,
    ).toBe(200);
    const stale = await call(project.PATCH, {
      method: "PATCH",
      cookie: lead.cookie,
      params: { projectId },
      body: { version: 1, name: "V3" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body!.error).toMatchObject({ code: "conflict", current: { name: "V2", version: 2 } });
  });

  it("changes roles through the API and protects the last lead", async () => {
    const { lead, teamId } = await leadWithTeam();
    const member1 = await invite(lead, teamId, "MEMBER");
    const members = (await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } })).body!.members as {
      id: string;
      userId: string;
      version: number;
    }[];
    const row = members.find((m) => m.userId === member1.id)!;
    const leadRow = members.find((m) => m.userId === lead.id)!;
    const promoted = await call(member.PATCH, {
      method: "PATCH",
      cookie: lead.cookie,
      params: { teamId, memberId: row.id },
      body: { version: row.version, role: "VIEWER" },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body!.member.role).toBe("VIEWER");
    const demoteSelf = await call(member.PATCH, {
      method: "PATCH",
      cookie: lead.cookie,
      params: { teamId, memberId: leadRow.id },
      body: { version: leadRow.version, role: "MEMBER" },
    });
    expect(demoteSelf.status).toBe(409);
    expect(demoteSelf.body!.error.message).toContain("at least one lead");
    const byMember = await call(member.DELETE, {
      method: "DELETE",
      cookie: member1.cookie,
      params: { teamId, memberId: leadRow.id },
    });
    expect(byMember.status).toBe(403);
  });

  it("answers 500 with a generic message and a request id, and logs the details", async () => {
    const { lead, teamId } = await leadWithTeam();
    const spy = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const db = getDb();
    const original = db.project.findMany;
    db.project.findMany = (() => Promise.reject(new Error("disk on fire"))) as never;
    try {
      const res = await call(teamProjects.GET, { cookie: lead.cookie, params: { teamId } });
      expect(res.status).toBe(500);
      expect(res.body!.error.code).toBe("internal_error");
      expect(JSON.stringify(res.body)).not.toContain("disk on fire");
      const logged = spy.mock.calls.map((c) => String(c[0])).find((line) => line.includes("disk on fire"));
      expect(logged).toContain(res.body!.error.requestId);
    } finally {
      db.project.findMany = original;
      spy.mockRestore();
    }
  });

  it("reports health with the database state", async () => {
    const res = await call(health.GET as never, {});
    expect({ status: res.status, body: res.body }).toEqual({
      status: 200,
      body: { status: "ok", db: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) },
    });
  });
});
