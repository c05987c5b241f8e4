import { describe, expect, it } from "vitest";
import * as teamMembers from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { call } from "@/test/api";
import { pipelineNode } from "@/test/pipeline-node";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import * as pipeline from "./route";
import * as pipelineVersion from "./version/route";

// Bodies on purpose may hold wrong values, so the overrides are loose.
const node = (id: string, extra: Record<string, unknown> = {}) => ({ ...pipelineNode(id), ...extra });
const viewport = { x: 0, y: 0, zoom: 1 };

async function setup() {
  const lead = await signUp("Lead");
  const teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "T" } })).body!.team
    .id as string;
  const projectId = (
    await call(teamProjects.POST, { method: "POST", cookie: lead.cookie, params: { teamId }, body: { name: "P" } })
  ).body!.project.id as string;
  const member = await signUp("Member");
  await joinTeam(lead, teamId, member);
  const members = (await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } })).body!.members as {
    id: string;
    userId: string;
  }[];
  return { lead, member, teamId, projectId, memberRowId: members.find((m) => m.userId === member.id)!.id };
}

const put = (cookie: string, projectId: string, body: unknown) =>
  call(pipeline.PUT, { method: "PUT", cookie, params: { projectId }, body });

describe("GET/PUT /api/v1/projects/:projectId/pipeline", () => {
  it("round-trips a diagram and answers 409 with the current one on a stale version that overlaps", async () => {
    const { lead, member, projectId } = await setup();
    const first = await put(lead.cookie, projectId, { baseVersion: 0, viewport, nodes: [node("a")], edges: [] });
    expect(first.status).toBe(200);
    expect(first.body!.pipeline.version).toBe(1);
    expect(first.body!.merged).toBe(false);
    const nodes = [node("a", { title: "Renamed" }), node("b")];
    expect((await put(member.cookie, projectId, { baseVersion: 1, viewport, nodes, edges: [] })).status).toBe(200);
    const stale = await put(lead.cookie, projectId, { baseVersion: 1, viewport, nodes: [], edges: [] });
    expect(stale.status).toBe(409);
    expect(stale.body!.error.current.nodes.map((n: { id: string }) => n.id)).toEqual(["a", "b"]);
    expect(stale.body!.error.conflicts).toEqual([{ element: "node", id: "a", label: "Renamed", fields: ["deleted"] }]);
    const get = await call(pipeline.GET, { cookie: member.cookie, params: { projectId } });
    expect(get.body!.pipeline).toMatchObject({ version: 2, nodes: [{ id: "a" }, { id: "b" }] });
  });

  it("merges a stale save that touched other nodes and answers the merged diagram", async () => {
    const { lead, member, projectId } = await setup();
    await put(lead.cookie, projectId, { baseVersion: 0, viewport, nodes: [node("a"), node("b")], edges: [] });
    await put(member.cookie, projectId, {
      baseVersion: 1,
      viewport,
      nodes: [node("a", { title: "Member's" }), node("b")],
      edges: [],
    });
    const mine = await put(lead.cookie, projectId, {
      baseVersion: 1,
      viewport,
      nodes: [node("a"), node("b", { title: "Lead's" })],
      edges: [],
    });
    expect(mine.status).toBe(200);
    expect(mine.body!.merged).toBe(true);
    expect(mine.body!.pipeline).toMatchObject({ version: 3, nodes: [{ title: "Member's" }, { title: "Lead's" }] });
  });

  it("answers 422 naming the problem for each kind of bad input, saving nothing", async () => {
    const { lead, projectId } = await setup();
    const cases: [unknown, RegExp][] = [
      [{ baseVersion: 0, viewport, nodes: [node("a", { kind: "robot" })], edges: [] }, /kind/],
      [{ baseVersion: 0, viewport, nodes: [node("a", { category: "teleport" })], edges: [] }, /teleport/],
      [{ baseVersion: 0, viewport, nodes: [node("a", { phase: "QA" })], edges: [] }, /phase/],
      [
        {
          baseVersion: 0,
          viewport,
          nodes: [node("a")],
          edges: [{ id: "e", source: "a", target: "ghost", label: null }],
        },
        /ghost/,
      ],
      [
        { baseVersion: 0, viewport, nodes: [node("a")], edges: [{ id: "e", source: "a", target: "a", label: null }] },
        /self|itself/i,
      ],
      [{ baseVersion: 0, viewport, nodes: [node("a"), node("a")], edges: [] }, /duplicate/i],
      [{ baseVersion: 0, viewport, nodes: [node("a", { title: "x".repeat(10_000) })], edges: [] }, /200 characters/],
      [{ baseVersion: 0, viewport, nodes: [node("a", { position: { x: "left", y: 0 } })], edges: [] }, /position/],
      [{ baseVersion: 0, viewport, nodes: Array.from({ length: 5001 }, (_, i) => node(`n${i}`)), edges: [] }, /5000/],
      [{ baseVersion: 7, viewport, nodes: [], edges: [] }, /ahead of the saved version/],
    ];
    for (const [body, message] of cases) {
      const res = await put(lead.cookie, projectId, body);
      expect(res.status, String(message)).toBe(422);
      expect(res.body!.error.code).toBe("invalid_input");
      expect(res.body!.error.message).toMatch(message);
    }
    expect((await call(pipeline.GET, { cookie: lead.cookie, params: { projectId } })).body!.pipeline).toMatchObject({
      version: 0,
      nodes: [],
    });
  });

  it("answers 403 when a member sets an owner or priority, and saves nothing", async () => {
    const { lead, member, projectId, memberRowId } = await setup();
    const res = await put(member.cookie, projectId, {
      baseVersion: 0,
      viewport,
      nodes: [node("a", { ownerId: memberRowId, priority: "P0" })],
      edges: [],
    });
    expect(res.status).toBe(403);
    expect(res.body!.error.message).toContain("Only leads");
    expect(
      (
        await put(lead.cookie, projectId, {
          baseVersion: 0,
          viewport,
          nodes: [node("a", { ownerId: memberRowId, priority: "P0" })],
          edges: [],
        })
      ).status,
    ).toBe(200);
  });

  it("answers the saved version alone for the editor's poll, to members of the team only", async () => {
    const { lead, member, projectId } = await setup();
    const version = (cookie: string) => call(pipelineVersion.GET, { cookie, params: { projectId } });
    expect((await version(member.cookie)).body).toEqual({ version: 0 });
    await put(lead.cookie, projectId, { baseVersion: 0, viewport, nodes: [node("a")], edges: [] });
    expect((await version(member.cookie)).body).toEqual({ version: 1 });
    const stranger = await signUp("Stranger");
    expect((await version(stranger.cookie)).status).toBe(404);
  });
});
