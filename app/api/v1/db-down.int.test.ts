import { afterEach, describe, expect, it, vi } from "vitest";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { call } from "@/test/api";
import { signUp } from "@/test/users";

// The database goes away while a user is signed in: the API says so with 503 and
// Retry-After, so clients wait and retry, and the server log has the cause under the
// request id. Its own file: the database stays down for the rest of it.

type Globals = { prisma?: { $disconnect(): Promise<void> }; auth?: unknown };

async function takeTheDatabaseDown() {
  const globals = globalThis as Globals;
  await globals.prisma?.$disconnect();
  // The Prisma client and better-auth (which holds it) are made again on first use, against a port nothing listens on.
  delete globals.prisma;
  delete globals.auth;
  process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/none";
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("/api/v1 with the database down", () => {
  it("answers 503 service_unavailable with Retry-After to reads and writes, and logs the cause", async () => {
    const lead = await signUp("Lead");
    const created = await call(teams.POST, {
      method: "POST",
      cookie: lead.cookie,
      body: { name: "Before the outage" },
    });
    expect(created.status).toBe(201);
    const teamId = created.body!.team.id as string;

    await takeTheDatabaseDown();
    const logged = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const responses = [
      await call(teams.GET, { cookie: lead.cookie }),
      await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "During the outage" } }),
      await call(teamProjects.POST, {
        method: "POST",
        cookie: lead.cookie,
        params: { teamId },
        body: { name: "Churn" },
      }),
    ];
    for (const res of responses) {
      expect(res.status, JSON.stringify(res.body)).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.body!.error).toEqual({
        code: "service_unavailable",
        message: expect.stringMatching(/database/),
        requestId: expect.any(String),
      });
      const line = logged.mock.calls.map((c) => String(c[0])).find((l) => l.includes(res.body!.error.requestId));
      expect(line).toMatch(/"status":503/);
      expect(line).toMatch(/reach database server|ECONNREFUSED|DatabaseNotReachable/);
    }
  });
});
