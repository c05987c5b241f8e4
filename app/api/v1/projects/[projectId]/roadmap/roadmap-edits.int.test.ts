import { describe, expect, it } from "vitest";
import * as pipelineRoute from "@/app/api/v1/projects/[projectId]/pipeline/route";
import { getDb } from "@/lib/server/db";
import { openWorkload } from "@/lib/server/recommendations";
import {
  ZRoadmapHistoryResponse,
  ZRoadmapItemConflict,
  ZRoadmapItemPatchResponse,
  ZRoadmapItemResponse,
  ZRoadmapItemsResponse,
  ZRoadmapOrderConflict,
  ZRoadmapOrderResponse,
  ZRoadmapResponse,
} from "@/lib/validation/roadmap";
import { call } from "@/test/api";
import { roadmapApi, roadmapState, setupRoadmap } from "@/test/roadmap";

// Concurrent edits (field-level conflicts), status and doneAt, automating linked nodes,
// stage moves and reorders, history, idempotent and bulk creation.

async function setup() {
  const s = await setupRoadmap();
  const api = roadmapApi(s.projectId);
  const make = async (body: Record<string, unknown>) =>
    ZRoadmapItemResponse.parse((await api.create(s.lead, body)).body).item;
  return { ...s, api, make };
}

describe("concurrent edits of roadmap items", () => {
  it("the same field from a stale version: 409 naming it, with the saved item; nothing lost", async () => {
    const s = await setup();
    const item = await s.make({ title: "Track experiments", ownerId: s.ids.member });
    expect((await s.api.patch(s.lead, item.id, { version: 1, title: "Lead's title" })).status).toBe(200);
    const before = await roadmapState(s.projectId);
    const stale = await s.api.patch(s.member, item.id, { version: 1, title: "Member's title", doneWhen: "Runs log" });
    expect(stale.status).toBe(409);
    const conflict = ZRoadmapItemConflict.parse(stale.body);
    expect(conflict.error.fields).toEqual(["title"]);
    expect(conflict.error.current).toMatchObject({ title: "Lead's title", version: 2 });
    expect(await roadmapState(s.projectId)).toEqual(before);
  });

  it("different fields of the same item from the same version: both applied", async () => {
    const s = await setup();
    const item = await s.make({ title: "Serve the model", ownerId: s.ids.member });
    const lead = await s.api.patch(s.lead, item.id, { version: 1, priority: "P0", targetDate: "2027-01-15" });
    expect(lead.status).toBe(200);
    const member = await s.api.patch(s.member, item.id, {
      version: 1,
      status: "IN_PROGRESS",
      doneWhen: "p99 < 100 ms",
    });
    expect(member.status).toBe(200);
    expect(ZRoadmapItemPatchResponse.parse(member.body).item).toMatchObject({
      priority: "P0",
      targetDate: "2027-01-15",
      status: "IN_PROGRESS",
      doneWhen: "p99 < 100 ms",
      version: 3,
    });
    // Setting a field to the value it already has is no change, so no conflict either.
    expect((await s.api.patch(s.member, item.id, { version: 1, doneWhen: "p99 < 100 ms" })).status).toBe(200);
  });

  it("two people editing different items never conflict, even at once", async () => {
    const s = await setup();
    const a = await s.make({ title: "A", ownerId: s.ids.member });
    const b = await s.make({ title: "B", ownerId: s.ids.other });
    const answers = await Promise.all([
      s.api.patch(s.member, a.id, { version: 1, status: "DONE", title: "A done" }),
      s.api.patch(s.other, b.id, { version: 1, status: "IN_PROGRESS", title: "B going" }),
      s.api.patch(s.lead, a.id, { version: 1, priority: "P2" }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    const items = ZRoadmapResponse.parse((await s.api.get(s.lead)).body).items;
    expect(items.find((i) => i.id === a.id)).toMatchObject({
      title: "A done",
      status: "DONE",
      priority: "P2",
      version: 3,
    });
    expect(items.find((i) => i.id === b.id)).toMatchObject({ title: "B going", status: "IN_PROGRESS", version: 2 });
  });

  it("the same field at the same moment: one wins, the other gets 409", async () => {
    const s = await setup();
    const item = await s.make({ title: "Race" });
    const answers = await Promise.all([
      s.api.patch(s.lead, item.id, { version: 1, title: "First" }),
      s.api.patch(s.lead, item.id, { version: 1, title: "Second" }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe("status, doneAt and automating linked nodes", () => {
  it("DONE sets doneAt; taking it back clears it", async () => {
    const s = await setup();
    const item = await s.make({ title: "Log runs", ownerId: s.ids.member });
    const done = ZRoadmapItemPatchResponse.parse(
      (await s.api.patch(s.member, item.id, { version: 1, status: "DONE" })).body,
    ).item;
    expect(done.doneAt).not.toBeNull();
    expect(Date.now() - Date.parse(done.doneAt!)).toBeLessThan(60_000);
    const undone = ZRoadmapItemPatchResponse.parse(
      (await s.api.patch(s.member, item.id, { version: 2, status: "IN_PROGRESS" })).body,
    ).item;
    expect(undone.doneAt).toBeNull();
  });

  it("automateNodes: the linked nodes become AUTOMATED and the diagram's version moves on, in the same write; an older canvas's save merges with it", async () => {
    const s = await setup();
    const item = await s.make({ title: "Automate training", nodeIds: ["a"], ownerId: s.ids.member });
    const plain = await s.make({ title: "No automation asked", nodeIds: ["b"], ownerId: s.ids.member });
    const before = (await call(pipelineRoute.GET, { cookie: s.lead.cookie, params: { projectId: s.projectId } })).body!
      .pipeline;
    const answer = await s.api.patch(s.member, item.id, { version: 1, status: "DONE", automateNodes: true });
    expect(answer.status).toBe(200);
    expect(ZRoadmapItemPatchResponse.parse(answer.body).automatedNodeIds).toEqual(["a"]);
    // Without automateNodes the node is left alone: asked, not silent.
    expect(
      (await s.api.patch(s.member, plain.id, { version: 1, status: "DONE" })).body!.automatedNodeIds,
    ).toBeUndefined();
    const after = (await call(pipelineRoute.GET, { cookie: s.lead.cookie, params: { projectId: s.projectId } })).body!
      .pipeline;
    expect(after.version).toBe(before.version + 1);
    expect(after.nodes.map((n: { id: string; automation: string }) => [n.id, n.automation])).toEqual([
      ["a", "AUTOMATED"],
      ["b", "MANUAL"],
    ]);
    // A canvas still at the old version never saves over the change: its save is merged with
    // it when it did not touch the same field (the automation survives), else 409.
    const staleSave = (nodes: unknown[]) =>
      call(pipelineRoute.PUT, {
        method: "PUT",
        cookie: s.lead.cookie,
        params: { projectId: s.projectId },
        body: { baseVersion: before.version, viewport: before.viewport, nodes, edges: before.edges },
      });
    const clash = await staleSave(
      before.nodes.map((n: { id: string }) => (n.id === "a" ? { ...n, automation: "PARTIAL" } : n)),
    );
    expect(clash.status).toBe(409);
    const retitled = await staleSave(
      before.nodes.map((n: { id: string }) => (n.id === "b" ? { ...n, title: "Evaluate on holdout" } : n)),
    );
    expect(retitled.status).toBe(200);
    const merged = (await call(pipelineRoute.GET, { cookie: s.lead.cookie, params: { projectId: s.projectId } })).body!
      .pipeline;
    expect(
      merged.nodes.map((n: { id: string; automation: string; title: string }) => [n.id, n.automation, n.title]),
    ).toEqual([
      ["a", "AUTOMATED", "Train model"],
      ["b", "MANUAL", "Evaluate on holdout"],
    ]);
  });
});

describe("linked nodes", () => {
  it("a node that left the diagram stays linked through later edits; a new unknown id is 422", async () => {
    const s = await setup();
    const item = await s.make({ title: "Automate both", nodeIds: ["a", "b"] });
    const diagram = (await call(pipelineRoute.GET, { cookie: s.lead.cookie, params: { projectId: s.projectId } })).body!
      .pipeline;
    const removed = await call(pipelineRoute.PUT, {
      method: "PUT",
      cookie: s.lead.cookie,
      params: { projectId: s.projectId },
      body: { baseVersion: diagram.version, viewport: diagram.viewport, nodes: [diagram.nodes[0]], edges: [] },
    });
    expect(removed.status).toBe(200);
    const kept = await s.api.patch(s.lead, item.id, { version: 1, nodeIds: ["b", "a"] });
    expect(kept.status).toBe(200);
    expect(kept.body!.item.nodeIds).toEqual(["b", "a"]);
    const refused = await s.api.patch(s.lead, item.id, { version: 2, nodeIds: ["b", "a", "c"] });
    expect(refused.status).toBe(422);
    expect(refused.body!.error.issues).toEqual([
      { path: "nodeIds.2", message: "c is not a node of this project's pipeline." },
    ]);
  });
});

describe("stages and order", () => {
  it("creates append to the stage (from the component unless given); a stage move appends and closes the gap", async () => {
    const s = await setup();
    const a = await s.make({ title: "A" });
    const b = await s.make({ title: "B" });
    const c = await s.make({ title: "C" });
    const tracked = await s.make({ title: "Tracking", componentId: "experiment_tracking" });
    expect([a, b, c].map((i) => [i.stage, i.position])).toEqual([
      ["EXPERIMENTAL", 0],
      ["EXPERIMENTAL", 1],
      ["EXPERIMENTAL", 2],
    ]);
    expect(tracked).toMatchObject({ stage: "PRODUCTIONIZATION", phase: "ML", position: 0 });
    const moved = await s.api.patch(s.lead, a.id, { version: 1, stage: "PRODUCTIONIZATION" });
    expect(moved.body!.item).toMatchObject({ stage: "PRODUCTIONIZATION", position: 1, version: 2 });
    const items = ZRoadmapResponse.parse((await s.api.get(s.lead)).body).items;
    expect(items.map((i) => [i.title, i.stage, i.position])).toEqual([
      ["B", "EXPERIMENTAL", 0],
      ["C", "EXPERIMENTAL", 1],
      ["Tracking", "PRODUCTIONIZATION", 0],
      ["A", "PRODUCTIONIZATION", 1],
    ]);
    // Sending the stage an item is in already is no move: the order's version stays.
    const { roadmapVersion } = ZRoadmapResponse.parse((await s.api.get(s.lead)).body);
    const same = await s.api.patch(s.member, b.id, { version: 1, stage: "EXPERIMENTAL", title: "B (mine)" });
    expect(same.status).toBe(403); // b was created by the lead: the title is not the member's to change
    expect((await s.api.patch(s.lead, b.id, { version: 1, stage: "EXPERIMENTAL", title: "B!" })).status).toBe(200);
    expect(ZRoadmapResponse.parse((await s.api.get(s.lead)).body).roadmapVersion).toBe(roadmapVersion);
  });

  it("a reorder writes positions and stages; a stale roadmapVersion is 409 with the saved order", async () => {
    const s = await setup();
    const [a, b, c] = [await s.make({ title: "A" }), await s.make({ title: "B" }), await s.make({ title: "C" })];
    const { roadmapVersion } = ZRoadmapResponse.parse((await s.api.get(s.lead)).body);
    const done = await s.api.order(s.lead, {
      roadmapVersion,
      stages: { EXPERIMENTAL: [c.id, a.id], MVP: [b.id], PRODUCTIONIZATION: [] },
    });
    expect(done.status).toBe(200);
    const order = ZRoadmapOrderResponse.parse(done.body);
    expect(order.roadmapVersion).toBe(roadmapVersion + 1);
    expect(order.items.map((i) => [i.title, i.stage, i.position, i.version])).toEqual([
      ["C", "EXPERIMENTAL", 0, 1],
      ["A", "EXPERIMENTAL", 1, 1],
      ["B", "MVP", 0, 2],
    ]);
    // The history says which items moved between stages and which only changed places.
    const latest = async (id: string) =>
      ZRoadmapHistoryResponse.parse((await s.api.history(s.member, id)).body).events[0]!;
    expect(await latest(b.id)).toMatchObject({
      action: "roadmap_item.moved",
      version: 2,
      changes: { stage: { from: "EXPERIMENTAL", to: "MVP" }, position: { from: 1, to: 0 } },
    });
    expect(await latest(c.id)).toMatchObject({
      action: "roadmap_item.reordered",
      version: 1,
      changes: { position: { from: 2, to: 0 } },
    });
    expect(Object.keys((await latest(a.id)).changes)).toEqual(["position"]);
    const before = await roadmapState(s.projectId);
    const stale = await s.api.order(s.lead, {
      roadmapVersion,
      stages: { EXPERIMENTAL: [a.id, b.id, c.id], MVP: [], PRODUCTIONIZATION: [] },
    });
    expect(stale.status).toBe(409);
    expect(ZRoadmapOrderConflict.parse(stale.body).error.current.items.map((i) => i.title)).toEqual(["C", "A", "B"]);
    expect(await roadmapState(s.projectId)).toEqual(before);
    // A stage move by reorder is a change of the item: a PATCH of stage from before it conflicts.
    const conflict = await s.api.patch(s.lead, b.id, { version: 1, stage: "PRODUCTIONIZATION" });
    expect(conflict.status).toBe(409);
    expect(conflict.body!.error.fields).toEqual(["stage"]);
    // …while a content edit from before it does not.
    expect((await s.api.patch(s.lead, b.id, { version: 1, title: "B, renamed" })).status).toBe(200);
  });

  it("two reorders from the same version at once: one applies, the other is 409, never a mix", async () => {
    const s = await setup();
    const [a, b, c] = [await s.make({ title: "A" }), await s.make({ title: "B" }), await s.make({ title: "C" })];
    const { roadmapVersion } = ZRoadmapResponse.parse((await s.api.get(s.lead)).body);
    const mine = { EXPERIMENTAL: [c.id, b.id, a.id], MVP: [], PRODUCTIONIZATION: [] };
    const theirs = { EXPERIMENTAL: [b.id], MVP: [a.id, c.id], PRODUCTIONIZATION: [] };
    const answers = await Promise.all([
      s.api.order(s.lead, { roadmapVersion, stages: mine }),
      s.api.order(s.lead, { roadmapVersion, stages: theirs }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = answers[0]!.status === 200 ? mine : theirs;
    const items = ZRoadmapResponse.parse((await s.api.get(s.lead)).body).items;
    for (const stage of ["EXPERIMENTAL", "MVP", "PRODUCTIONIZATION"] as const)
      expect(items.filter((i) => i.stage === stage).map((i) => i.id)).toEqual(winner[stage]);
  });

  it("delete closes the gap; a stale version is 409", async () => {
    const s = await setup();
    const [a, b, c] = [await s.make({ title: "A" }), await s.make({ title: "B" }), await s.make({ title: "C" })];
    await s.api.patch(s.lead, b.id, { version: 1, title: "B2" });
    const stale = await s.api.remove(s.lead, b.id, "?version=1");
    expect(stale.status).toBe(409);
    expect(stale.body!.error).toMatchObject({ code: "roadmap_item_conflict", fields: ["title"] });
    expect((await s.api.remove(s.lead, b.id, "?version=2")).status).toBe(204);
    const items = ZRoadmapResponse.parse((await s.api.get(s.lead)).body).items;
    expect(items.map((i) => [i.id, i.position])).toEqual([
      [a.id, 0],
      [c.id, 1],
    ]);
    expect((await s.api.remove(s.lead, b.id, "?version=2")).status).toBe(404);
  });
});

describe("history", () => {
  it("says who changed what, from what to what, newest first; a deleted item's history stays", async () => {
    const s = await setup();
    const item = await s.make({ title: "Version the data", componentId: "data_versioning", toolSlug: "dvc" });
    await s.api.patch(s.lead, item.id, { version: 1, ownerId: s.ids.member, priority: "P1" });
    await s.api.patch(s.member, item.id, { version: 2, status: "IN_PROGRESS" });
    await s.api.remove(s.lead, item.id, "?version=3");
    const { events } = ZRoadmapHistoryResponse.parse((await s.api.history(s.viewer, item.id)).body);
    expect(events.map((e) => [e.action, e.actor?.name, e.version])).toEqual([
      ["roadmap_item.deleted", "Lead", 4],
      ["roadmap_item.updated", "Member", 3],
      ["roadmap_item.updated", "Lead", 2],
      ["roadmap_item.created", "Lead", 1],
    ]);
    expect(events[1]!.changes).toEqual({ status: { from: "TODO", to: "IN_PROGRESS" } });
    expect(events[2]!.changes).toEqual({
      ownerId: { from: null, to: s.ids.member },
      priority: { from: null, to: "P1" },
    });
    expect(events[3]!.changes).toMatchObject({
      title: { from: null, to: "Version the data" },
      toolSlug: { from: null, to: "dvc" },
      stage: { from: null, to: "PRODUCTIONIZATION" },
    });
  });
});

describe("creating", () => {
  it("the same sourceKey again answers the existing item (200), also when concurrent", async () => {
    const s = await setup();
    const body = { title: "Automate Train model", source: "pipeline", sourceKey: "node:a", nodeIds: ["a"] };
    const answers = await Promise.all([s.api.create(s.member, body), s.api.create(s.lead, body)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
    expect(answers[0]!.body!.item.id).toBe(answers[1]!.body!.item.id);
    expect((await s.api.create(s.member, body)).status).toBe(200);
    expect(ZRoadmapResponse.parse((await s.api.get(s.lead)).body).items).toHaveLength(1);
  });

  it("bulk: all in one go, in the order sent, owners and priorities included; a key already there is 409", async () => {
    const s = await setup();
    const saved = await s.api.bulk(s.lead, {
      items: [
        { title: "One", source: "generated", sourceKey: "k1", priority: "P0", ownerId: s.ids.member },
        { title: "Two", source: "generated", sourceKey: "k2", stage: "MVP" },
        { title: "Three", source: "generated", sourceKey: "k3" },
      ],
    });
    expect(saved.status).toBe(201);
    expect(
      ZRoadmapItemsResponse.parse(saved.body).items.map((i) => [i.title, i.stage, i.position, i.priority]),
    ).toEqual([
      ["One", "EXPERIMENTAL", 0, "P0"],
      ["Two", "MVP", 0, null],
      ["Three", "EXPERIMENTAL", 1, null],
    ]);
    const before = await roadmapState(s.projectId);
    const again = await s.api.bulk(s.lead, {
      items: [
        { title: "Four", sourceKey: "k4" },
        { title: "One", sourceKey: "k1" },
      ],
    });
    expect(again.status).toBe(409);
    expect(again.body!.error.sourceKeys).toEqual(["k1"]);
    expect(await roadmapState(s.projectId)).toEqual(before);
  });

  it("open items count in the owners' workload for the owner suggestions", async () => {
    const s = await setup();
    const workload = async () => (await openWorkload(getDb(), [s.ids.other])).get(s.ids.other) ?? 0;
    // The setup's nodes have no owner: nothing yet.
    expect(await workload()).toBe(0);
    const item = await s.make({ title: "Theirs", ownerId: s.ids.other });
    await s.make({ title: "Theirs too", ownerId: s.ids.other });
    await s.make({ title: "Someone else's", ownerId: s.ids.member });
    expect(await workload()).toBe(2);
    await s.api.patch(s.lead, item.id, { version: 1, status: "DONE" });
    expect(await workload()).toBe(1);
  });
});
