import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { pipelineNode as node } from "@/test/pipeline-node";
import { signUp } from "@/test/users";
import { getDb } from "./db";
import { getPipeline, savePipeline } from "./pipeline";
import { claimSql } from "./pipeline-claim";
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
    const claim = claimSql(Prisma.sql`"id" = ${diagram.id}`, lead.id, late);
    const written = await writeDiagramRows(getDb(), diagram.id, 2, late, { removeMissing: true, claim });
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

    // From the saved version the same statement claims and writes.
    const onTime = { ...late, baseVersion: 2 };
    const claimed = await writeDiagramRows(getDb(), diagram.id, 3, onTime, {
      removeMissing: true,
      claim: claimSql(Prisma.sql`"id" = ${diagram.id}`, lead.id, onTime),
    });
    expect(claimed).toEqual({ claimed: true, deletedIds: ["b"], insertedIds: ["c"] });
    expect(await getPipeline(lead, project.id)).toEqual({
      version: 3,
      viewport: onTime.viewport,
      nodes: onTime.nodes,
      edges: [],
    });
  });
});
