import { describe, expect, it } from "vitest";
import type { PipelineDiagram, PipelineNode } from "@/lib/pipeline/types";
import { pipelineNode as node } from "@/test/pipeline-node";
import { signUp } from "@/test/users";
import { getDb } from "./db";
import { ConflictError, ForbiddenError } from "./errors";
import { acceptInvitation, createInvitation } from "./invitations";
import { getPipeline, savePipeline, savePipelineMerging } from "./pipeline";
import { KEPT_REVISIONS } from "./pipeline-revisions";
import { createProject } from "./projects";
import { createTeam } from "./teams";

// Two people save the same diagram from the same version (issue #13, point 6).

const viewport = { x: 0, y: 0, zoom: 1 };

async function setup() {
  const lead = await signUp("Lead");
  const team = await createTeam(lead, { name: "Merging" });
  const project = await createProject(lead, team.id, { name: "Churn" });
  const member = await signUp("Member");
  await acceptInvitation(member, (await createInvitation(lead, team.id, { role: "MEMBER" })).token);
  const start = await savePipeline(lead, project.id, {
    baseVersion: 0,
    viewport,
    nodes: [node("a", { title: "Load" }), node("b", { title: "Train" }), node("c", { title: "Serve" })],
    edges: [{ id: "e1", source: "a", target: "b", label: null }],
  });
  return { lead, member, project, start };
}

const edit = (d: PipelineDiagram, id: string, patch: Partial<PipelineNode>) => ({
  baseVersion: d.version,
  viewport,
  nodes: d.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)),
  edges: d.edges,
});

describe("merging saves", () => {
  it("keeps both edits when two people change different nodes from the same version", async () => {
    const { lead, member, project, start } = await setup();
    const first = await savePipelineMerging(lead, project.id, edit(start, "a", { title: "Load CSV" }));
    expect(first.merged).toBe(false);
    const second = await savePipelineMerging(member, project.id, edit(start, "c", { position: { x: 700, y: 60 } }));
    expect(second.merged).toBe(true);
    expect(second.pipeline.version).toBe(3);
    const saved = await getPipeline(lead, project.id);
    expect(saved).toEqual(second.pipeline);
    expect(saved.nodes.map((n) => [n.title, n.position])).toEqual([
      ["Load CSV", { x: 0, y: 100 }],
      ["Train", { x: 0, y: 100 }],
      ["Serve", { x: 700, y: 60 }],
    ]);
  });

  it("keeps both edits of saves sent at the same time, and refuses one of two that change the same field", async () => {
    // The first to claim the version writes without a transaction (pipeline-write.ts); the other
    // finds the version gone, writes nothing there, and is merged or refused in a transaction.
    for (let round = 0; round < 3; round++) {
      const { lead, member, project, start } = await setup();
      const both = await Promise.all([
        savePipelineMerging(lead, project.id, edit(start, "a", { title: "Load CSV" })),
        savePipelineMerging(member, project.id, edit(start, "c", { title: "Serve it" })),
      ]);
      expect(both.map((s) => s.merged).sort()).toEqual([false, true]);
      const saved = await getPipeline(lead, project.id);
      expect(saved.version).toBe(3);
      expect(saved.nodes.map((n) => n.title)).toEqual(["Load CSV", "Train", "Serve it"]);

      const again = await Promise.allSettled([
        savePipeline(lead, project.id, edit(saved, "b", { title: "Fit" })),
        savePipeline(member, project.id, edit(saved, "b", { title: "Train more" })),
      ]);
      const won = again.filter((r) => r.status === "fulfilled");
      const lost = again.filter((r) => r.status === "rejected");
      expect([won.length, lost.length]).toEqual([1, 1]);
      expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
      const after = await getPipeline(lead, project.id);
      expect(after.version).toBe(4);
      expect(after.nodes[1]!.title).toBe((won[0] as PromiseFulfilledResult<PipelineDiagram>).value.nodes[1]!.title);
    }
  });

  it("merges different fields of one node, and additions and deletions on both sides", async () => {
    const { lead, member, project, start } = await setup();
    await savePipeline(lead, project.id, {
      ...edit(start, "b", { title: "Train XGBoost" }),
      nodes: [...edit(start, "b", { title: "Train XGBoost" }).nodes, node("d", { title: "Lead's" })],
    });
    const theirs = edit(start, "b", { automation: "AUTOMATED" });
    const result = await savePipelineMerging(member, project.id, {
      ...theirs,
      nodes: [...theirs.nodes.filter((n) => n.id !== "c"), node("m", { title: "Member's" })],
      edges: [...start.edges, { id: "e2", source: "b", target: "m", label: "model" }],
    });
    expect(result.merged).toBe(true);
    const saved = await getPipeline(lead, project.id);
    expect(saved.nodes.map((n) => n.id)).toEqual(["a", "b", "d", "m"]);
    expect(saved.nodes[1]).toMatchObject({ title: "Train XGBoost", automation: "AUTOMATED" });
    expect(saved.edges.map((e) => e.id)).toEqual(["e1", "e2"]);
  });

  it("answers 409 naming the node and fields when both changed the same field, and saves nothing", async () => {
    const { lead, member, project, start } = await setup();
    const leads = await savePipeline(lead, project.id, edit(start, "b", { title: "Lead's title" }));
    const clash = savePipeline(member, project.id, edit(start, "b", { title: "Member's title", description: "ok" }));
    await expect(clash).rejects.toBeInstanceOf(ConflictError);
    const error = (await clash.catch((e: unknown) => e)) as ConflictError;
    expect(error.message).toBe("Someone else changed the same things: Lead's title (title).");
    expect(error.details).toMatchObject({
      current: leads,
      conflicts: [{ element: "node", id: "b", label: "Lead's title", fields: ["title"] }],
    });
    expect(await getPipeline(lead, project.id)).toEqual(leads);
  });

  it("is a conflict to delete a node someone else just edited", async () => {
    const { lead, member, project, start } = await setup();
    await savePipeline(lead, project.id, edit(start, "c", { description: "FastAPI" }));
    const deleting = savePipeline(member, project.id, {
      ...edit(start, "c", {}),
      nodes: start.nodes.filter((n) => n.id !== "c"),
    });
    await expect(deleting).rejects.toMatchObject({ details: { conflicts: [{ id: "c", fields: ["deleted"] }] } });
  });

  it("still applies the role rules to what a merged save changes", async () => {
    const { lead, member, project, start } = await setup();
    await savePipeline(lead, project.id, edit(start, "a", { title: "Load CSV" }));
    await expect(savePipeline(member, project.id, edit(start, "b", { priority: "P0" }))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // The lead's priority from an older version merges with the member's title.
    const members = await savePipeline(
      member,
      project.id,
      edit(await getPipeline(lead, project.id), "c", { title: "X" }),
    );
    const merged = await savePipeline(lead, project.id, edit(start, "b", { priority: "P0" }));
    expect(merged.version).toBe(members.version + 1);
    expect(merged.nodes.map((n) => [n.title, n.priority])).toEqual([
      ["Load CSV", null],
      ["Train", "P0"],
      ["X", null],
    ]);
  });

  it("keeps the last revisions only; a save older than those is the plain 409", async () => {
    const { lead, member, project, start } = await setup();
    let current = start;
    for (let i = 0; i < KEPT_REVISIONS; i++)
      current = await savePipeline(lead, project.id, edit(current, "a", { title: `Load ${i}` }));
    const diagram = await getDb().pipelineDiagram.findUniqueOrThrow({ where: { projectId: project.id } });
    const kept = await getDb().pipelineRevision.findMany({
      where: { diagramId: diagram.id },
      select: { version: true },
    });
    expect(kept.map((r) => r.version).sort((x, y) => x - y)).toEqual(
      Array.from({ length: KEPT_REVISIONS }, (_, i) => current.version - KEPT_REVISIONS + 1 + i),
    );
    const tooOld = savePipeline(member, project.id, edit(start, "c", { title: "Late" }));
    await expect(tooOld).rejects.toMatchObject({
      message: "Someone else changed this pipeline since you loaded it.",
      details: { current },
    });
    // One version back still merges.
    const recent = await savePipelineMerging(member, project.id, {
      ...edit(current, "c", { title: "Late" }),
      baseVersion: current.version - 1,
    });
    expect(recent.merged).toBe(true);
  });
});
