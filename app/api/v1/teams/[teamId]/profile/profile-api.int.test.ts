import { beforeAll, describe, expect, it } from "vitest";
import * as memberSkills from "@/app/api/v1/teams/[teamId]/members/[memberId]/skills/route";
import * as teamMembers from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamProfile from "@/app/api/v1/teams/[teamId]/profile/route";
import * as teams from "@/app/api/v1/teams/route";
import { call } from "@/test/api";
import { snapshotTables } from "@/test/db-snapshot";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";

// The team profile and member skills through the API: who may change what, and every
// bad input the issue names is a clear 4xx with the database exactly as it was.

const TABLES = ["Team", "Membership", "MemberTool", "AuditEvent"];

type User = Awaited<ReturnType<typeof signUp>>;
let lead: User, member: User, viewer: User, outsider: User;
let teamId: string;
let rows: Record<"lead" | "member" | "viewer", string>;

const getProfile = (user: User, id = teamId) => call(teamProfile.GET, { cookie: user.cookie, params: { teamId: id } });
const putProfile = (user: User, body: unknown, id = teamId) =>
  call(teamProfile.PUT, { method: "PUT", cookie: user.cookie, params: { teamId: id }, body });
const getSkills = (user: User, memberId: string) =>
  call(memberSkills.GET, { cookie: user.cookie, params: { teamId, memberId } });
const putSkills = (user: User, memberId: string, body: unknown, id = teamId) =>
  call(memberSkills.PUT, { method: "PUT", cookie: user.cookie, params: { teamId: id, memberId }, body });

const profileBody = { version: 1, languages: ["python", "sql"], clouds: ["gcp"], preference: "open_source" };
const skillsBody = (version: number) => ({
  version,
  tools: [
    { slug: "github-actions", familiarity: "expert" },
    { slug: "terraform", familiarity: "some" },
  ],
  languages: ["python"],
  note: "on call for the API",
});

beforeAll(async () => {
  lead = await signUp("Lea");
  member = await signUp("Mo");
  viewer = await signUp("Vi");
  outsider = await signUp("Out");
  teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Profile" } })).body!.team
    .id as string;
  await joinTeam(lead, teamId, member, "MEMBER");
  await joinTeam(lead, teamId, viewer, "VIEWER");
  const members = (await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } })).body!.members as {
    id: string;
    userId: string;
  }[];
  const idOf = (u: User) => members.find((m) => m.userId === u.id)!.id;
  rows = { lead: idOf(lead), member: idOf(member), viewer: idOf(viewer) };
});

describe("team profile", () => {
  it("starts empty; a lead sets it and everyone reads it", async () => {
    expect((await getProfile(viewer)).body).toEqual({
      profile: { languages: [], clouds: [], preference: "none", version: 1, knowledge: [] },
    });
    const saved = await putProfile(lead, { ...profileBody, languages: ["sql", "python", "sql"] });
    expect(saved.status).toBe(200);
    expect(saved.body!.profile).toMatchObject({
      languages: ["python", "sql"],
      clouds: ["gcp"],
      preference: "open_source",
      version: 2,
    });
    expect((await getProfile(member)).body!.profile).toEqual(saved.body!.profile);
    // The same profile again changes nothing: no new version.
    expect((await putProfile(lead, { ...profileBody, version: 2 })).body!.profile.version).toBe(2);
  });

  it("refuses a member's or viewer's edit (403), a stale version (409 with the current profile), another team (404)", async () => {
    const before = await snapshotTables(TABLES);
    const current = (await getProfile(lead)).body!.profile;
    for (const user of [member, viewer]) {
      const res = await putProfile(user, { ...profileBody, version: current.version, languages: ["r"] });
      expect(res.status).toBe(403);
      expect(res.body!.error.message).toBe("Only a lead can edit the team profile.");
    }
    const stale = await putProfile(lead, { ...profileBody, version: current.version - 1, languages: ["r"] });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current).toEqual(current);
    expect((await putProfile(outsider, { ...profileBody, version: current.version })).status).toBe(404);
    expect((await getProfile(outsider)).status).toBe(404);
    expect(await snapshotTables(TABLES)).toEqual(before);
  });

  it.each([
    [{ languages: ["python", "sql", "cobol"] }, "languages.2", "Unknown language 'cobol'."],
    [{ clouds: ["mars"] }, "clouds.0", "Unknown cloud 'mars'."],
    [{ clouds: ["none", "aws"] }, "clouds", "'none' cannot be chosen with a cloud."],
    [{ preference: "cheapest" }, "preference", "Preference must be open_source, managed or none."],
    [{ extra: true }, "", 'Unrecognized key: "extra"'],
  ])("refuses %j naming %s, changing nothing", async (change, path, message) => {
    const before = await snapshotTables(TABLES);
    const version = (await getProfile(lead)).body!.profile.version;
    const res = await putProfile(lead, { ...profileBody, version, ...change });
    expect(res.status).toBe(422);
    expect(res.body!.error.issues).toContainEqual({ path, message });
    expect(await snapshotTables(TABLES)).toEqual(before);
  });
});

describe("member skills", () => {
  it("a member sets their own skills; the team's knowledge follows; the lead's edit is audited", async () => {
    const saved = await putSkills(member, rows.member, skillsBody(1));
    expect(saved.status).toBe(200);
    expect(saved.body!.skills).toEqual({
      tools: [
        { slug: "github-actions", familiarity: "expert" },
        { slug: "terraform", familiarity: "some" },
      ],
      languages: ["python"],
      note: "on call for the API",
      version: 2,
    });
    expect((await getSkills(viewer, rows.member)).body!.skills).toEqual(saved.body!.skills);
    const knowledge = (await getProfile(viewer)).body!.profile.knowledge as { slug: string; level: string }[];
    expect(knowledge.find((k) => k.slug === "github-actions")).toMatchObject({
      level: "expert",
      members: [{ membershipId: rows.member, name: "Mo", familiarity: "expert" }],
    });
    // Terraform's family: OpenTofu is known through it.
    expect(knowledge.find((k) => k.slug === "opentofu")).toMatchObject({
      level: "family",
      family: [{ name: "Mo", via: "terraform" }],
    });
    const byLead = await putSkills(lead, rows.member, { ...skillsBody(2), tools: [] });
    expect(byLead.body!.skills).toMatchObject({ tools: [], version: 3 });
    const members = (await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } })).body!.members;
    expect(members.find((m: { id: string }) => m.id === rows.member).skills).toEqual(byLead.body!.skills);
  });

  it("refuses a member editing someone else, a viewer editing even themselves (403), another team (404)", async () => {
    const otherTeam = (await call(teams.POST, { method: "POST", cookie: outsider.cookie, body: { name: "Other" } }))
      .body!.team.id as string;
    const before = await snapshotTables(TABLES);
    for (const [user, target] of [
      [member, rows.lead],
      [member, rows.viewer],
      [viewer, rows.viewer],
      [viewer, rows.member],
    ] as const) {
      expect((await putSkills(user, target, skillsBody(1))).status).toBe(403);
    }
    expect((await putSkills(outsider, rows.member, skillsBody(3))).status).toBe(404);
    expect((await getSkills(outsider, rows.member)).status).toBe(404);
    // A member id of this team under another team's path: not found there.
    expect((await putSkills(outsider, rows.member, skillsBody(3), otherTeam)).status).toBe(404);
    expect(await snapshotTables(TABLES)).toEqual(before);
  });

  it("answers 409 with the saved skills for a stale version", async () => {
    const current = (await getSkills(lead, rows.member)).body!.skills;
    const before = await snapshotTables(TABLES);
    const stale = await putSkills(member, rows.member, skillsBody(current.version - 1));
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current).toEqual(current);
    expect(await snapshotTables(TABLES)).toEqual(before);
  });

  it.each([
    [
      { tools: [{ slug: "not-a-tool", familiarity: "some" }] },
      "tools.0.slug",
      "Unknown tool 'not-a-tool': not in the catalog.",
    ],
    [
      { tools: [{ slug: "terraform", familiarity: "guru" }] },
      "tools.0.familiarity",
      "Familiarity must be 'some' or 'expert'.",
    ],
    [
      {
        tools: [
          { slug: "terraform", familiarity: "some" },
          { slug: "terraform", familiarity: "expert" },
        ],
      },
      "tools.1.slug",
      "'terraform' is listed twice.",
    ],
    [{ languages: ["python", "cobol"] }, "languages.1", "Unknown language 'cobol'."],
    [{ note: "x".repeat(501) }, "note", "Note must be at most 500 characters."],
    [{ note: "a\u0000b" }, "note", "Note must not contain NUL characters."],
  ])("refuses %j naming %s, changing nothing", async (change, path, message) => {
    const version = (await getSkills(lead, rows.member)).body!.skills.version;
    const before = await snapshotTables(TABLES);
    const res = await putSkills(member, rows.member, { ...skillsBody(version), ...change });
    expect(res.status).toBe(422);
    expect(res.body!.error.issues).toContainEqual({ path, message });
    expect(await snapshotTables(TABLES)).toEqual(before);
  });

  it("refuses more than 60 tools", async () => {
    const { CATALOG_SLUGS } = await import("@/lib/catalog/catalog");
    const tools = CATALOG_SLUGS.slice(0, 61).map((slug) => ({ slug, familiarity: "some" }));
    const res = await putSkills(lead, rows.lead, { ...skillsBody(1), tools });
    expect(res.status).toBe(422);
    expect(res.body!.error.issues).toContainEqual({ path: "tools", message: "At most 60 tools." });
  });
});
