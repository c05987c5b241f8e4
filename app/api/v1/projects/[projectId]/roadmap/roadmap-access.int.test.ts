import { describe, expect, it } from "vitest";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { getDb } from "@/lib/server/db";
import { ZRoadmapItemResponse, ZRoadmapResponse } from "@/lib/validation/roadmap";
import { call } from "@/test/api";
import { roadmapApi, roadmapState, setupRoadmap } from "@/test/roadmap";
import * as proposalRoute from "./proposal/route";

// Who may do what on a roadmap (lib/teams/roles.ts roadmap.*), and every bad input of
// issue #12 refused with a clear 4xx that changes nothing.

async function withItems() {
  const s = await setupRoadmap();
  const api = roadmapApi(s.projectId);
  const byLead = ZRoadmapItemResponse.parse(
    (await api.create(s.lead, { title: "Track experiments", componentId: "experiment_tracking" })).body,
  ).item;
  const byMember = ZRoadmapItemResponse.parse((await api.create(s.member, { title: "Member's own idea" })).body).item;
  // An item the member owns but did not create, and one the other member owns.
  const owned = ZRoadmapItemResponse.parse(
    (await api.create(s.lead, { title: "Owned by member", ownerId: s.ids.member })).body,
  ).item;
  const othersItem = ZRoadmapItemResponse.parse(
    (await api.create(s.lead, { title: "Owned by other", ownerId: s.ids.other })).body,
  ).item;
  return { ...s, api, byLead, byMember, owned, othersItem };
}

describe("roadmap access matrix", () => {
  it("reads: every member of the team, never a stranger (404)", async () => {
    const s = await withItems();
    for (const who of [s.lead, s.member, s.viewer]) {
      const got = await s.api.get(who);
      expect(got.status).toBe(200);
      const roadmap = ZRoadmapResponse.parse(got.body);
      expect(roadmap.items.map((i) => i.title)).toContain("Owned by member");
      expect(roadmap.members.map((m) => m.role).sort()).toEqual(["LEAD", "MEMBER", "MEMBER", "VIEWER"]);
    }
    expect((await s.api.get(s.stranger)).status).toBe(404);
    expect((await s.api.history(s.viewer, s.byLead.id)).status).toBe(200);
    expect((await s.api.history(s.stranger, s.byLead.id)).status).toBe(404);
  });

  it("creates: leads and members (without owner or priority); viewers 403; strangers 404", async () => {
    const s = await withItems();
    expect((await s.api.create(s.member, { title: "Fine" })).status).toBe(201);
    const before = await roadmapState(s.projectId);
    expect((await s.api.create(s.member, { title: "Mine", ownerId: s.ids.member })).status).toBe(403);
    expect((await s.api.create(s.member, { title: "Urgent", priority: "P0" })).status).toBe(403);
    expect((await s.api.create(s.viewer, { title: "Nope" })).status).toBe(403);
    expect((await s.api.create(s.stranger, { title: "Nope" })).status).toBe(404);
    expect((await s.api.bulk(s.member, { items: [{ title: "Plan" }] })).status).toBe(403);
    expect(
      (await call(proposalRoute.POST, { method: "POST", cookie: s.member.cookie, params: { projectId: s.projectId } }))
        .status,
    ).toBe(403);
    expect(await roadmapState(s.projectId)).toEqual(before);
  });

  it("assigning owners and priorities and moving stages is the leads'; a member gets 403", async () => {
    const s = await withItems();
    const before = await roadmapState(s.projectId);
    for (const change of [{ ownerId: s.ids.member }, { priority: "P1" }, { stage: "MVP" }]) {
      const refused = await s.api.patch(s.member, s.byMember.id, { version: 1, ...change });
      expect(refused.status).toBe(403);
      expect(refused.body!.error.message).toMatch(/leads/);
    }
    expect(await roadmapState(s.projectId)).toEqual(before);
    const assigned = await s.api.patch(s.lead, s.byMember.id, { version: 1, ownerId: s.ids.member, priority: "P1" });
    expect(assigned.status).toBe(200);
    expect(assigned.body!.item).toMatchObject({
      owner: { id: s.ids.member, name: "Member" },
      priority: "P1",
      version: 2,
    });
  });

  it("status: a member moves their own item, not another's; viewers never; strangers 404", async () => {
    const s = await withItems();
    const mine = await s.api.patch(s.member, s.owned.id, { version: 1, status: "IN_PROGRESS" });
    expect(mine.status).toBe(200);
    expect(mine.body!.item.status).toBe("IN_PROGRESS");
    const before = await roadmapState(s.projectId);
    expect((await s.api.patch(s.member, s.othersItem.id, { version: 1, status: "DONE" })).status).toBe(403);
    // Creating an item does not make it yours to move.
    expect((await s.api.patch(s.member, s.byMember.id, { version: 1, status: "DONE" })).status).toBe(403);
    expect((await s.api.patch(s.viewer, s.owned.id, { version: 2, status: "DONE" })).status).toBe(403);
    expect((await s.api.patch(s.stranger, s.owned.id, { version: 2, status: "DONE" })).status).toBe(404);
    expect(await roadmapState(s.projectId)).toEqual(before);
    expect((await s.api.patch(s.lead, s.othersItem.id, { version: 1, status: "DONE" })).status).toBe(200);
  });

  it("content: leads, and members on items they own or created", async () => {
    const s = await withItems();
    expect((await s.api.patch(s.member, s.byMember.id, { version: 1, title: "Sharper idea" })).status).toBe(200);
    expect((await s.api.patch(s.member, s.owned.id, { version: 1, doneWhen: "It runs nightly" })).status).toBe(200);
    const before = await roadmapState(s.projectId);
    expect((await s.api.patch(s.member, s.byLead.id, { version: 1, title: "Hijack" })).status).toBe(403);
    expect((await s.api.patch(s.viewer, s.byMember.id, { version: 2, title: "Hijack" })).status).toBe(403);
    expect(await roadmapState(s.projectId)).toEqual(before);
    expect((await s.api.patch(s.lead, s.byMember.id, { version: 2, title: "Lead's words" })).status).toBe(200);
  });

  it("delete and reorder: leads only (member and viewer 403, stranger 404)", async () => {
    const s = await withItems();
    const roadmap = ZRoadmapResponse.parse((await s.api.get(s.lead)).body);
    const stages = {
      EXPERIMENTAL: roadmap.items
        .filter((i) => i.stage === "EXPERIMENTAL")
        .map((i) => i.id)
        .reverse(),
      MVP: [],
      PRODUCTIONIZATION: roadmap.items.filter((i) => i.stage === "PRODUCTIONIZATION").map((i) => i.id),
    };
    const before = await roadmapState(s.projectId);
    for (const who of [s.member, s.viewer])
      expect((await s.api.order(who, { roadmapVersion: roadmap.roadmapVersion, stages })).status).toBe(403);
    expect((await s.api.order(s.stranger, { roadmapVersion: roadmap.roadmapVersion, stages })).status).toBe(404);
    expect((await s.api.remove(s.member, s.byMember.id, "?version=1")).status).toBe(403);
    expect((await s.api.remove(s.viewer, s.byMember.id, "?version=1")).status).toBe(403);
    expect((await s.api.remove(s.stranger, s.byMember.id, "?version=1")).status).toBe(404);
    expect(await roadmapState(s.projectId)).toEqual(before);
    expect((await s.api.order(s.lead, { roadmapVersion: roadmap.roadmapVersion, stages })).status).toBe(200);
    expect((await s.api.remove(s.lead, s.byMember.id, "?version=1")).status).toBe(204);
  });
});

describe("bad input: a clear 4xx, nothing changed", () => {
  async function refused(
    s: Awaited<ReturnType<typeof withItems>>,
    attempt: () => Promise<{ status: number; body: Record<string, unknown> | null }>,
    status: number,
    message?: RegExp,
  ) {
    const before = await roadmapState(s.projectId);
    const response = await attempt();
    expect(response.status).toBe(status);
    if (message) expect((response.body!.error as { message: string }).message).toMatch(message);
    expect(await roadmapState(s.projectId)).toEqual(before);
  }

  it("an owner who is not a member of the team (422)", async () => {
    const s = await withItems();
    // A real membership, of the stranger's own team.
    await call(teams.POST, { method: "POST", cookie: s.stranger.cookie, body: { name: "Elsewhere" } });
    const foreign = await getDb().membership.findFirstOrThrow({ where: { userId: s.stranger.id } });
    await refused(
      s,
      () => s.api.patch(s.lead, s.byLead.id, { version: 1, ownerId: foreign.id }),
      422,
      /ownerId.*not a member/,
    );
    await refused(s, () => s.api.create(s.lead, { title: "X", ownerId: foreign.id }), 422, /not a member/);
  });

  it("an owner who is a viewer (422)", async () => {
    const s = await withItems();
    await refused(s, () => s.api.patch(s.lead, s.byLead.id, { version: 1, ownerId: s.ids.viewer }), 422, /viewer/);
  });

  it("a priority outside P0–P3 (422)", async () => {
    const s = await withItems();
    await refused(s, () => s.api.patch(s.lead, s.byLead.id, { version: 1, priority: "P4" }), 422, /priority/);
    await refused(s, () => s.api.create(s.lead, { title: "X", priority: "urgent" }), 422, /priority/);
  });

  it("a tool slug not in the catalog (422)", async () => {
    const s = await withItems();
    await refused(s, () => s.api.patch(s.lead, s.byLead.id, { version: 1, toolSlug: "no-such-tool" }), 422, /toolSlug/);
    await refused(s, () => s.api.create(s.lead, { title: "X", toolSlug: "kubeflowz" }), 422, /catalog/);
  });

  it("a node id not in the project's pipeline (422)", async () => {
    const s = await withItems();
    await refused(
      s,
      () => s.api.patch(s.lead, s.byLead.id, { version: 1, nodeIds: ["a", "ghost"] }),
      422,
      /ghost is not a node/,
    );
    await refused(s, () => s.api.create(s.member, { title: "X", nodeIds: ["ghost"] }), 422, /nodeIds/);
  });

  it("an item of another team's project (404), also through a project of one's own", async () => {
    const s = await withItems();
    const teamId = (await call(teams.POST, { method: "POST", cookie: s.stranger.cookie, body: { name: "Theirs" } }))
      .body!.team.id as string;
    const theirProject = (
      await call(teamProjects.POST, {
        method: "POST",
        cookie: s.stranger.cookie,
        params: { teamId },
        body: { name: "Q" },
      })
    ).body!.project.id as string;
    await refused(s, () => s.api.patch(s.stranger, s.byLead.id, { version: 1, title: "Mine now" }), 404);
    await refused(s, () => roadmapApi(theirProject).patch(s.stranger, s.byLead.id, { version: 1, title: "Mine" }), 404);
    await refused(s, () => roadmapApi(theirProject).remove(s.stranger, s.byLead.id, "?version=1"), 404);
    await refused(s, () => roadmapApi(theirProject).history(s.stranger, s.byLead.id), 404);
  });

  it("a reorder naming items twice, leaving some out or naming unknown ones (422)", async () => {
    const s = await withItems();
    const roadmap = ZRoadmapResponse.parse((await s.api.get(s.lead)).body);
    const ids = roadmap.items.map((i) => i.id);
    const body = (EXPERIMENTAL: string[], MVP: string[] = []) => ({
      roadmapVersion: roadmap.roadmapVersion,
      stages: { EXPERIMENTAL, MVP, PRODUCTIONIZATION: [] },
    });
    await refused(s, () => s.api.order(s.lead, body(ids, [ids[0]!])), 422, /twice|more than once|duplicate/i);
    await refused(s, () => s.api.order(s.lead, body(ids.slice(1))), 422, /missing|leaves out/i);
    await refused(s, () => s.api.order(s.lead, body([...ids, "cunknownunknownunknown1"])), 422, /unknown|not an item/i);
    await refused(s, () => s.api.order(s.lead, { roadmapVersion: roadmap.roadmapVersion, stages: { MVP: ids } }), 422);
  });

  it("other malformed bodies (422 naming the field)", async () => {
    const s = await withItems();
    const cases: [unknown, RegExp][] = [
      [{ version: 1, targetDate: "2026-02-30" }, /targetDate/],
      [{ version: 1, targetDate: "next week" }, /targetDate/],
      [{ version: 1, status: "BLOCKED" }, /status/],
      [{ version: 1, stage: "LATER" }, /stage/],
      [{ version: 1, title: "" }, /title/],
      [{ version: 1, title: "x\u0000" }, /NUL/],
      [{ version: 1, componentId: "kafka" }, /componentId/],
      [{ version: 1 }, /at least one field/],
      [{ title: "No version" }, /version/],
      [{ version: 9, title: "From the future" }, /ahead/],
      [{ version: 1, title: "T", extra: true }, /extra/],
      [{ version: 1, title: "T", automateNodes: true }, /automateNodes/],
    ];
    for (const [body, message] of cases) await refused(s, () => s.api.patch(s.lead, s.byLead.id, body), 422, message);
    await refused(
      s,
      () => s.api.bulk(s.lead, { items: Array.from({ length: 201 }, () => ({ title: "T" })) }),
      422,
      /200/,
    );
    await refused(
      s,
      () =>
        s.api.bulk(s.lead, {
          items: [
            { title: "A", sourceKey: "k" },
            { title: "B", sourceKey: "k" },
          ],
        }),
      422,
      /sourceKey/,
    );
    await refused(s, () => s.api.remove(s.lead, s.byLead.id, "?version=abc"), 422, /version/);
  });
});
