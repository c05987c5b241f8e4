import { describe, expect, it } from "vitest";
import { pipelineNode as node } from "@/test/pipeline-node";
import { signUp } from "@/test/users";
import { projectAccessSql } from "./access";
import { getDb } from "./db";
import { getPipeline, savePipeline } from "./pipeline";
import { checkedClaimSql } from "./pipeline-claim";
import { writeDiagramRows } from "./pipeline-write";
import { createProject } from "./projects";
import { createTeam } from "./teams";

const viewport = { x: 0, y: 0, zoom: 1 };

describe("writeDiagramRows with a claim", () => {
  it("writes nothing, and says so, when the version it claims from is no longer the saved one", async () => {
    const lead = await signUp("Lead");
    const team = await createTeam(lead, { name: "Claims" });
    const project = await createProject(lead, team.id, { name: "Race" });
    const first = { nodes: [node("a"), node("b")], edges: [{ id: "e1", source: "a", target: "b", label: null }] };
    await savePipeline(lead, project.id, { baseVersion: 0, viewport, ...first });
    await savePipeline(lead, project.id, {
      baseVersion: 1,
      viewport,
      ...first,
      nodes: [node("a", { title: "Now" }), node("b")],
    });
    const before = await getPipeline(lead, project.id);
    const diagram = await getDb().pipelineDiagram.findUniqueOrThrow({ where: { projectId: project.id } });

    // A save made from version 1 that lost the race: it would delete b and e1, add c, retitle a.
    const late = {
      baseVersion: 1,
      viewport: { x: 5, y: 5, zoom: 2 },
      nodes: [node("a", { title: "Late" }), node("c")],
      edges: [],
    };
    const claimOf = (body: typeof late) =>
      checkedClaimSql({
        projectId: project.id,
        access: projectAccessSql(lead, project.id, "pipeline.edit"),
        userId: lead.id,
        body,
      });
    const written = await writeDiagramRows(getDb(), { claim: claimOf(late) }, 2, late, { removeMissing: true });
    expect(written).toEqual({ claimed: false, deletedIds: [], insertedIds: [] });
    expect(await getPipeline(lead, project.id)).toEqual(before);
    const revisions = await getDb().pipelineRevision.findMany({
      where: { diagramId: diagram.id },
      select: { version: true },
    });
    expect(revisions.map((r) => r.version).sort()).toEqual([1, 2]);
    // The revision of version 2 is still the real save's, not the late one's.
    const two = await getDb().pipelineRevision.findUniqueOrThrow({
      where: { diagramId_version: { diagramId: diagram.id, version: 2 } },
    });
    expect(two.nodes).toEqual(before.nodes);

    // From the saved version, but setting a priority (the transaction's to check and audit) or
    // naming an owner who is not in the team: the checks keep the claim from taking.
    const onTime = { ...late, baseVersion: 2 };
    for (const node of [
      { ...onTime.nodes[1]!, priority: "P1" as const },
      { ...onTime.nodes[1]!, ownerId: "cm0000000000000000000000" },
    ]) {
      const refused = { ...onTime, nodes: [onTime.nodes[0]!, node] };
      expect(await writeDiagramRows(getDb(), { claim: claimOf(refused) }, 3, refused, { removeMissing: true })).toEqual(
        {
          claimed: false,
          deletedIds: [],
          insertedIds: [],
        },
      );
      expect(await getPipeline(lead, project.id)).toEqual(before);
    }

    // From the saved version the same statement claims and writes.
    const claimed = await writeDiagramRows(getDb(), { claim: claimOf(onTime) }, 3, onTime, { removeMissing: true });
    expect(claimed).toEqual({ claimed: true, deletedIds: ["b"], insertedIds: ["c"] });
    expect(await getPipeline(lead, project.id)).toEqual({
      version: 3,
      viewport: onTime.viewport,
      nodes: onTime.nodes,
      edges: [],
    });
  });
});
