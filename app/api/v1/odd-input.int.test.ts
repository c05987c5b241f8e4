import { beforeAll, describe, expect, it } from "vitest";
import * as auth from "@/app/api/auth/[...all]/route";
import * as project from "@/app/api/v1/projects/[projectId]/route";
import * as importRoute from "@/app/api/v1/projects/[projectId]/pipeline/import/route";
import * as pipeline from "@/app/api/v1/projects/[projectId]/pipeline/route";
import * as team from "@/app/api/v1/teams/[teamId]/route";
import * as teamInvitations from "@/app/api/v1/teams/[teamId]/invitations/route";
import * as member from "@/app/api/v1/teams/[teamId]/members/[memberId]/route";
import * as memberSkills from "@/app/api/v1/teams/[teamId]/members/[memberId]/skills/route";
import * as teamProfile from "@/app/api/v1/teams/[teamId]/profile/route";
import * as teamMembers from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { call } from "@/test/api";
import { snapshotTables } from "@/test/db-snapshot";
import { pipelineNode } from "@/test/pipeline-node";
import { PEER_HEADER, PEER_STAMP_ENV } from "@/lib/server/client-address";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";

// Every body-taking route, every field, each kind of input PostgreSQL cannot store or
// that the audit log's jsonb refuses: the answer is a 4xx naming the field, and the
// database is exactly as it was.

const TEXT_KINDS = { nul: "a\u0000b", "lone high surrogate": "a\ud800b", "lone low surrogate": "\udc00b" } as const;
const HUGE_INT = 2 ** 31; // one past PostgreSQL's int4
const HUGE_NUMBER = 1e300; // finite, but no coordinate on any canvas
/** A string that the test replaces with bytes that are not UTF-8 once the body is encoded. */
const BAD_UTF8_MARK = "@@not-utf8@@";

// RateLimit is left out: better-auth counts every auth request there, by design.
const TABLES = [
  "User",
  "Account",
  "Session",
  "Verification",
  "Team",
  "Membership",
  "MemberTool",
  "Invitation",
  "Project",
  "AuditEvent",
  "PipelineDiagram",
  "PipelineNode",
  "PipelineEdge",
];

type Send = { cookie?: string; params?: Record<string, string>; body?: unknown; rawBody?: Uint8Array<ArrayBuffer> };
type Route = {
  name: string;
  /** better-auth's routes answer in their own shape (400 with a message), ours with 422 naming the field. */
  kind: "api" | "auth";
  send: (req: Send) => Promise<{ status: number; body: Record<string, any> | null }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  params: () => Record<string, string>;
  body: () => Record<string, unknown>;
  text: string[];
  ints?: string[];
  numbers?: string[];
};

let world: {
  lead: Awaited<ReturnType<typeof signUp>>;
  teamId: string;
  projectId: string;
  projectVersion: number;
  memberRowId: string;
  memberVersion: number;
  leadRowId: string;
  leadPassword: string;
  pipelineVersion: number;
};

beforeAll(async () => {
  const lead = await signUp("Lead");
  const teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Odd input" } })).body!
    .team.id as string;
  const newProject = await call(teamProjects.POST, {
    method: "POST",
    cookie: lead.cookie,
    params: { teamId },
    body: { name: "P" },
  });
  const projectId = newProject.body!.project.id as string;
  const memberUser = await signUp("Member");
  await joinTeam(lead, teamId, memberUser);
  const members = (await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } })).body!.members as {
    id: string;
    userId: string;
    version: number;
  }[];
  const memberRow = members.find((m) => m.userId === memberUser.id)!;
  const saved = await call(pipeline.PUT, {
    method: "PUT",
    cookie: lead.cookie,
    params: { projectId },
    body: {
      baseVersion: 0,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: [pipelineNode("a"), pipelineNode("b")],
      edges: [{ id: "e", source: "a", target: "b", label: "feeds" }],
    },
  });
  expect(saved.status).toBe(200);
  world = {
    lead,
    teamId,
    projectId,
    projectVersion: newProject.body!.project.version as number,
    memberRowId: memberRow.id,
    memberVersion: memberRow.version,
    leadRowId: members.find((m) => m.userId === lead.id)!.id,
    leadPassword: "correct-horse-42",
    pipelineVersion: saved.body!.pipeline.version as number,
  };
});

const api = (handler: Parameters<typeof call>[0], method: string) => (req: Send) =>
  call(handler, { method, cookie: world.lead.cookie, ...req });
// A fresh client address per call, so better-auth's per-address limit (10 sign-ups a minute) never answers instead.
// The address is the connection's, as scripts/support/peer-address.mjs stamps it (a client's X-Forwarded-For is not trusted).
process.env[PEER_STAMP_ENV] = "1";
let address = 0;
const authAt = (path: string) => (req: Send) =>
  call(auth.POST as never, {
    method: "POST",
    path: `/api/auth/${path}`,
    headers: { [PEER_HEADER]: `198.51.${100 + Math.floor(++address / 250)}.${address % 250}` },
    ...req,
  });

const ROUTES: Route[] = [
  {
    name: "POST /teams",
    kind: "api",
    send: api(teams.POST, "POST"),
    params: () => ({}),
    body: () => ({ name: "New team" }),
    text: ["name"],
  },
  {
    name: "PATCH /teams/:teamId",
    kind: "api",
    send: api(team.PATCH, "PATCH"),
    params: () => ({ teamId: world.teamId }),
    body: () => ({ name: "Renamed" }),
    text: ["name"],
  },
  {
    name: "PATCH /teams/:teamId/members/:memberId",
    kind: "api",
    send: api(member.PATCH, "PATCH"),
    params: () => ({ teamId: world.teamId, memberId: world.memberRowId }),
    body: () => ({ version: world.memberVersion, role: "MEMBER" }),
    text: ["role"],
    ints: ["version"],
  },
  {
    name: "PUT /teams/:teamId/members/:memberId/skills",
    kind: "api",
    send: api(memberSkills.PUT, "PUT"),
    params: () => ({ teamId: world.teamId, memberId: world.memberRowId }),
    body: () => ({
      version: 1,
      tools: [{ slug: "terraform", familiarity: "some" }],
      languages: ["python"],
      note: "data scientist",
    }),
    text: ["note", "tools.0.slug", "tools.0.familiarity", "languages.0"],
    ints: ["version"],
  },
  {
    name: "PUT /teams/:teamId/profile",
    kind: "api",
    send: api(teamProfile.PUT, "PUT"),
    params: () => ({ teamId: world.teamId }),
    body: () => ({ version: 1, languages: ["python", "sql"], clouds: ["gcp"], preference: "open_source" }),
    text: ["languages.0", "clouds.0", "preference"],
    ints: ["version"],
  },
  {
    name: "POST /teams/:teamId/invitations",
    kind: "api",
    send: api(teamInvitations.POST, "POST"),
    params: () => ({ teamId: world.teamId }),
    body: () => ({ role: "MEMBER", label: "for Ana", expiresInDays: 7 }),
    text: ["label"],
    ints: ["expiresInDays"],
  },
  {
    name: "POST /teams/:teamId/projects",
    kind: "api",
    send: api(teamProjects.POST, "POST"),
    params: () => ({ teamId: world.teamId }),
    body: () => ({ name: "Another", description: "About it" }),
    text: ["name", "description"],
  },
  {
    name: "PATCH /projects/:projectId",
    kind: "api",
    send: api(project.PATCH, "PATCH"),
    params: () => ({ projectId: world.projectId }),
    body: () => ({ version: world.projectVersion, name: "P2", description: "Changed" }),
    text: ["name", "description"],
    ints: ["version"],
  },
  {
    name: "POST /projects/:projectId/pipeline/import",
    kind: "api",
    send: api(importRoute.POST, "POST"),
    params: () => ({ projectId: world.projectId }),
    body: () => ({
      baseVersion: world.pipelineVersion,
      steps: [{ title: "Load data", category: "data_ingestion", phase: "ML", cellIndexes: [0, 1] }],
    }),
    text: ["steps.0.title", "steps.0.category"],
    ints: ["baseVersion", "steps.0.cellIndexes.0"],
  },
  {
    name: "PUT /projects/:projectId/pipeline",
    kind: "api",
    send: api(pipeline.PUT, "PUT"),
    params: () => ({ projectId: world.projectId }),
    // Setting an owner makes the save write an audit event that quotes the node's title.
    body: () => ({
      baseVersion: world.pipelineVersion,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: [
        pipelineNode("a", { ownerId: world.leadRowId, priority: "P1", description: "first", sourceCells: [1] }),
        pipelineNode("b"),
      ],
      edges: [{ id: "e", source: "a", target: "b", label: "feeds" }],
    }),
    text: [
      "nodes.0.id",
      "nodes.0.title",
      "nodes.0.description",
      "nodes.0.category",
      "nodes.0.ownerId",
      "edges.0.id",
      "edges.0.source",
      "edges.0.label",
    ],
    ints: ["baseVersion", "nodes.0.sourceCells.0"],
    numbers: ["nodes.0.position.x", "nodes.0.position.y", "viewport.x", "viewport.y"],
  },
  {
    name: "POST /api/auth/sign-up/email",
    kind: "auth",
    send: authAt("sign-up/email"),
    params: () => ({}),
    body: () => ({ name: "New person", email: "new-person@example.com", password: "correct-horse-43" }),
    text: ["name", "email", "password"],
  },
  {
    name: "POST /api/auth/sign-in/email",
    kind: "auth",
    send: authAt("sign-in/email"),
    params: () => ({}),
    body: () => ({ email: world.lead.email, password: world.leadPassword }),
    text: ["email", "password"],
  },
  {
    name: "POST /api/auth/update-user",
    kind: "auth",
    send: (req) => authAt("update-user")({ cookie: world.lead.cookie, ...req }),
    params: () => ({}),
    body: () => ({ name: "Lead again" }),
    text: ["name"],
  },
  {
    name: "POST /api/auth/change-password",
    kind: "auth",
    send: (req) => authAt("change-password")({ cookie: world.lead.cookie, ...req }),
    params: () => ({}),
    body: () => ({ currentPassword: world.leadPassword, newPassword: "correct-horse-44" }),
    text: ["newPassword", "currentPassword"],
  },
];

type Case = { route: Route; field: string; what: string; value?: unknown; utf8?: true };

const CASES: Case[] = ROUTES.flatMap((route) => [
  ...route.text.flatMap((field) => Object.entries(TEXT_KINDS).map(([what, value]) => ({ route, field, what, value }))),
  ...(route.ints ?? []).map((field) => ({ route, field, what: "integer above 2^31-1", value: HUGE_INT })),
  ...(route.numbers ?? []).map((field) => ({
    route,
    field,
    what: "number far outside the canvas",
    value: HUGE_NUMBER,
  })),
  { route, field: route.text[0]!, what: "invalid UTF-8 bytes", utf8: true as const },
]);

describe("odd input on every body-taking route", () => {
  it.each(CASES.map((c) => [`${c.route.name} ${c.field}: ${c.what}`, c] as const))(
    "%s is a 4xx naming the field and changes nothing",
    async (_name, c) => {
      const before = await snapshotTables(TABLES);
      const body = withField(c.route.body(), c.field, c.utf8 ? BAD_UTF8_MARK : c.value);
      const res = await c.route.send({ params: c.route.params(), ...(c.utf8 ? { rawBody: badUtf8(body) } : { body }) });
      expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
      if (c.route.kind === "api" && c.utf8) {
        expect(res.status).toBe(400);
        expect(res.body!.error).toMatchObject({ code: "invalid_json", message: expect.stringMatching(/UTF-8/) });
      } else if (c.route.kind === "api") {
        expect(res.status, JSON.stringify(res.body)).toBe(422);
        expect(res.body!.error.code).toBe("invalid_input");
        expect(res.body!.error.issues.map((i: { path: string }) => i.path)).toContain(c.field);
      } else {
        // better-auth's shape; a sign-in with a password no account can have is simply a wrong password (401).
        expect(res.body!.message).toEqual(expect.any(String));
      }
      expect(await snapshotTables(TABLES)).toEqual(before);
    },
  );

  it("refuses odd route parameters before any query", async () => {
    const before = await snapshotTables(TABLES);
    for (const route of ROUTES) {
      for (const param of Object.keys(route.params())) {
        for (const value of Object.values(TEXT_KINDS)) {
          const res = await route.send({ params: { ...route.params(), [param]: value }, body: route.body() });
          expect(res.status, `${route.name} ${param}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${route.name} ${param}`).toBeLessThan(500);
        }
      }
    }
    expect(await snapshotTables(TABLES)).toEqual(before);
  });

  // Without this, a case could pass because its base body was already wrong.
  it("accepts each route's base body as it is", async () => {
    for (const route of ROUTES) {
      const res = await route.send({ params: route.params(), body: route.body() });
      expect(res.status, `${route.name}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
      if (res.body?.pipeline) world.pipelineVersion = res.body.pipeline.version as number;
    }
  });
});

/** A copy of `body` with the value at a dotted path ("nodes.0.title") replaced. */
function withField(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split(".");
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
}

/** The body as UTF-8, with the mark replaced by a lead byte whose continuation is missing. */
function badUtf8(body: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const [head, tail] = JSON.stringify(body).split(BAD_UTF8_MARK) as [string, string];
  const encode = (s: string) => [...new TextEncoder().encode(s)];
  return new Uint8Array([...encode(head), 0xc3, 0x28, ...encode(tail)]);
}
