import { describe, expect, it } from "vitest";
import { recordQueries } from "@/test/count-queries";
import { pipelineNode } from "@/test/pipeline-node";
import { signUp } from "@/test/users";
import { getDb, sqlName } from "./db";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { acceptInvitation, createInvitation } from "./invitations";
import { listMembers } from "./members";
import { getPipeline, savePipeline } from "./pipeline";
import { createProject } from "./projects";
import { createTeam } from "./teams";

const node = pipelineNode;

const viewport = { x: 10, y: -20, zoom: 0.75 };

async function setup() {
  const lead = await signUp("Lead");
  const team = await createTeam(lead, { name: "Pipelines" });
  const project = await createProject(lead, team.id, { name: "Forecast" });
  const join = async (role: "MEMBER" | "VIEWER") => {
    const user = await signUp(role);
    await acceptInvitation(user, (await createInvitation(lead, team.id, { role })).token);
    return user;
  };
  return { lead, team, project, member: await join("MEMBER"), viewer: await join("VIEWER") };
}

describe("pipeline", () => {
  it("starts empty at version 0, saves nodes and edges as rows, and reads them back identical", async () => {
    const { lead, project } = await setup();
    expect(await getPipeline(lead, project.id)).toEqual({
      version: 0,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: [],
      edges: [],
    });
    const nodes = [
      node("a", { kind: "step", category: "data_ingestion", title: "Load CSV", sourceCells: [0, 1, 2] }),
      node("b", { category: "model_api", phase: "DEV", stage: "MVP", position: { x: 300.5, y: 420 } }),
      node("c", { kind: "data", category: null, title: "Raw sales" }),
    ];
    const edges = [
      { id: "e1", source: "a", target: "b", label: "pickle" },
      { id: "e2", source: "c", target: "a", label: null },
    ];
    const saved = await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes, edges });
    expect(saved).toEqual({ version: 1, viewport, nodes, edges });
    expect(await getPipeline(lead, project.id)).toEqual(saved);
    expect(await getDb().pipelineNode.count()).toBeGreaterThanOrEqual(3);
  });

  it("brings the rows in line with each save: moved, added, removed, relabelled and reordered", async () => {
    const { lead, project } = await setup();
    const first = {
      nodes: [
        node("a"),
        node("b", { phase: "DEV", position: { x: 0, y: 420 } }),
        node("c", { kind: "data", category: null }),
      ],
      edges: [
        { id: "e1", source: "a", target: "b", label: null },
        { id: "e2", source: "c", target: "a", label: "csv" },
      ],
    };
    await savePipeline(lead, project.id, { baseVersion: 0, viewport, ...first });
    // "a" removed (its edge e1 with it), "b" moved and renamed, "d" added first, e2 relabelled and re-pointed.
    const second = {
      nodes: [
        node("d", { title: "New first" }),
        node("c", { kind: "data", category: null }),
        node("b", { phase: "DEV", title: "Renamed", position: { x: 999, y: 420 } }),
      ],
      edges: [
        { id: "e2", source: "c", target: "b", label: "parquet" },
        { id: "e3", source: "d", target: "c", label: null },
      ],
    };
    const saved = await savePipeline(lead, project.id, { baseVersion: 1, viewport, ...second });
    expect(saved).toEqual({ version: 2, viewport, ...second });
    expect(await getPipeline(lead, project.id)).toEqual(saved);
  });

  it("leaves unchanged rows alone: an autosave after moving one card rewrites that row only", async () => {
    const { lead, project } = await setup();
    const nodes = [node("a"), node("b"), node("c")];
    const edges = [{ id: "e1", source: "a", target: "b", label: null }];
    await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes, edges });
    // xmin is the transaction that wrote a row's current version: it changes only if the row is rewritten.
    const rowVersions = async () => {
      const rows = await getDb().$queryRawUnsafe<{ id: string; xmin: string }[]>(
        `SELECT id, xmin::text AS xmin FROM ${sqlName("PipelineNode")} UNION ALL SELECT id, xmin::text FROM ${sqlName("PipelineEdge")}`,
      );
      return Object.fromEntries(rows.map((r) => [r.id, r.xmin]));
    };
    const before = await rowVersions();
    await savePipeline(lead, project.id, {
      baseVersion: 1,
      viewport,
      nodes: [nodes[0]!, { ...nodes[1]!, position: { x: 500, y: 60 } }, nodes[2]!],
      edges,
    });
    const after = await rowVersions();
    expect(after.b).not.toBe(before.b);
    expect({ a: after.a, c: after.c, e1: after.e1 }).toEqual({ a: before.a, c: before.c, e1: before.e1 });
  });

  it("saves from the saved version in one statement, no transaction: access, the checks, the claim and the rows", async () => {
    const { lead, team, project } = await setup();
    const [ownerId] = (await listMembers(lead, team.id)).map((m) => m.id);
    const nodes = [node("a", { ownerId: ownerId!, priority: "P1" }), node("b"), node("c")];
    const edges = [
      { id: "e1", source: "a", target: "b", label: null },
      { id: "e2", source: "b", target: "c", label: null },
    ];
    await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes, edges });
    const stampBefore = await getDb().pipelineDiagram.findUniqueOrThrow({ where: { projectId: project.id } });

    // b retitled, the viewport moved: the autosave of an edit.
    const edit = {
      baseVersion: 1,
      viewport: { x: 1, y: 2, zoom: 1.5 },
      nodes: [nodes[0]!, { ...nodes[1]!, title: "Renamed" }, nodes[2]!],
      edges,
    };
    const edited = await recordQueries(() => savePipeline(lead, project.id, edit));
    // One statement: access and the owner's membership of the team are checked by the save's
    // own statement, not by queries of their own.
    expect(edited.queries).toEqual(["pool.query"]);
    // c deleted with its edge, d added with an edge from b: the notebook cells of a node
    // are detached and re-attached in the same statement (pipeline-detached.ts).
    const next = {
      baseVersion: 2,
      viewport: edit.viewport,
      nodes: [nodes[0]!, edit.nodes[1]!, node("d")],
      edges: [edges[0]!, { id: "e3", source: "b", target: "d", label: "csv" }],
    };
    const { result, queries } = await recordQueries(() => savePipeline(lead, project.id, next));
    expect(queries).toEqual(["pool.query"]);
    const { baseVersion: _, ...saved } = next;
    expect(result).toEqual({ ...saved, version: 3 });
    expect(await getPipeline(lead, project.id)).toEqual({ ...saved, version: 3 });
    const stampAfter = await getDb().pipelineDiagram.findUniqueOrThrow({ where: { projectId: project.id } });
    expect(stampAfter.updatedById).toBe(lead.id);
    expect(stampAfter.updatedAt.getTime()).toBeGreaterThan(stampBefore.updatedAt.getTime());
    // The revision a stale save from version 3 would be merged against.
    const revision = await getDb().pipelineRevision.findUniqueOrThrow({
      where: { diagramId_version: { diagramId: stampAfter.id, version: 3 } },
    });
    expect(revision).toMatchObject({ nodes: next.nodes, edges: next.edges });
  });

  // A stale save that does not overlap is merged (pipeline-merge.int.test.ts); this one deletes what the other edited.
  it("answers 409 with the current diagram for a stale base version that overlaps, and saves nothing", async () => {
    const { lead, member, project } = await setup();
    await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes: [node("a")], edges: [] });
    const renamed = [node("a", { title: "Renamed" }), node("b")];
    await savePipeline(member, project.id, { baseVersion: 1, viewport, nodes: renamed, edges: [] });
    const stale = savePipeline(lead, project.id, { baseVersion: 1, viewport, nodes: [], edges: [] });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await stale.catch((error: ConflictError) =>
      expect(error.details?.current).toMatchObject({ version: 2, nodes: [{ id: "a" }, { id: "b" }] }),
    );
    expect((await getPipeline(lead, project.id)).nodes).toHaveLength(2);
  });

  it("refuses a baseVersion from the future", async () => {
    const { lead, project } = await setup();
    await expect(savePipeline(lead, project.id, { baseVersion: 5, viewport, nodes: [], edges: [] })).rejects.toThrow(
      "ahead of the saved version 0",
    );
  });

  it("lets leads set owners and priorities; a member gets 403 and nothing is saved", async () => {
    const { lead, member, team, project } = await setup();
    const owner = (await listMembers(lead, team.id)).find((m) => m.userId === member.id)!;
    await savePipeline(lead, project.id, {
      baseVersion: 0,
      viewport,
      nodes: [node("a", { ownerId: owner.id, priority: "P1" })],
      edges: [],
    });
    const audit = await getDb().auditEvent.findFirst({ where: { projectId: project.id, action: "pipeline.assigned" } });
    expect(audit?.details).toMatchObject({ changes: [{ nodeId: "a", ownerId: owner.id, priority: "P1" }] });

    // A member may move and rename the node, keeping owner and priority as they are...
    await savePipeline(member, project.id, {
      baseVersion: 1,
      viewport,
      nodes: [node("a", { ownerId: owner.id, priority: "P1", title: "Renamed", position: { x: 50, y: 120 } })],
      edges: [],
    });
    // ...but not change them, nor give a new node an owner.
    await expect(
      savePipeline(member, project.id, {
        baseVersion: 2,
        viewport,
        nodes: [node("a", { ownerId: owner.id, priority: "P0" })],
        edges: [],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      savePipeline(member, project.id, {
        baseVersion: 2,
        viewport,
        nodes: [node("a", { ownerId: owner.id, priority: "P1" }), node("b", { ownerId: owner.id })],
        edges: [],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getPipeline(lead, project.id)).toMatchObject({
      version: 2,
      nodes: [{ title: "Renamed", priority: "P1" }],
    });
  });

  it("refuses owners from outside the team", async () => {
    const { lead, project } = await setup();
    const other = await signUp("Other");
    const otherTeam = await createTeam(other, { name: "Elsewhere" });
    const [outsider] = await listMembers(other, otherTeam.id);
    await expect(
      savePipeline(lead, project.id, {
        baseVersion: 0,
        viewport,
        nodes: [node("a", { ownerId: outsider!.id })],
        edges: [],
      }),
    ).rejects.toThrow("is not a member of this team");
    expect((await getPipeline(lead, project.id)).nodes).toEqual([]);
  });

  it("forbids viewers and hides the pipeline from other teams", async () => {
    const { lead, viewer, project } = await setup();
    await expect(
      savePipeline(viewer, project.id, { baseVersion: 0, viewport, nodes: [node("a")], edges: [] }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getPipeline(viewer, project.id)).nodes).toEqual([]);
    const stranger = await signUp("Stranger");
    await expect(getPipeline(stranger, project.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      savePipeline(stranger, project.id, { baseVersion: 0, viewport, nodes: [], edges: [] }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPipeline(lead, project.id)).version).toBe(0);
  });

  // A save from the saved version goes through one statement that checks access itself
  // (access.ts projectAccessSql); it must refuse exactly what requireProjectAccess refuses.
  it("refuses in the one-statement save what the access check refuses, writing nothing", async () => {
    const { lead, member, viewer, team, project } = await setup();
    await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes: [node("a")], edges: [] });
    const otherTeam = await createTeam(lead, { name: "Elsewhere" });
    const stranger = await signUp("Stranger");
    const grant = (ceiling: "LEAD" | "MEMBER" | "VIEWER", teamIds: string[] | null) => ({
      ...lead,
      token: { id: "tok", ceiling, teamIds },
    });
    const retitled = (version: number) => ({
      baseVersion: version,
      viewport,
      nodes: [node("a", { title: `v${version}` })],
      edges: [],
    });
    const refused = [
      { who: viewer, error: ForbiddenError },
      { who: stranger, error: NotFoundError },
      { who: grant("VIEWER", null), error: ForbiddenError },
      { who: grant("LEAD", [otherTeam.id]), error: NotFoundError },
    ];
    for (const { who, error } of refused) {
      await expect(savePipeline(who, project.id, retitled(1))).rejects.toBeInstanceOf(error);
      const saved = await getPipeline(lead, project.id);
      expect(saved.version).toBe(1);
      expect(saved.nodes[0]!.title).toBe(node("a").title);
    }
    // What it lets through: a member, and a lead's token lowered to member in its own team.
    await savePipeline(member, project.id, retitled(1));
    await savePipeline(grant("MEMBER", [team.id]), project.id, retitled(2));
    expect((await getPipeline(lead, project.id)).nodes[0]!.title).toBe("v2");
    // A member removed from the team is a stranger to it from then on.
    await getDb().membership.deleteMany({ where: { teamId: team.id, userId: member.id } });
    await expect(savePipeline(member, project.id, retitled(3))).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPipeline(lead, project.id)).version).toBe(3);
  });

  it("saves all or nothing: an invalid body changes nothing", async () => {
    const { lead, project } = await setup();
    await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes: [node("a")], edges: [] });
    const bad = [
      { nodes: [node("a"), node("a")], edges: [] },
      { nodes: [node("a")], edges: [{ id: "e", source: "a", target: "missing", label: null }] },
      { nodes: [node("a")], edges: [{ id: "e", source: "a", target: "a", label: null }] },
      { nodes: [node("a", { kind: "warp" as never })], edges: [] },
      { nodes: [node("a", { category: "not_a_component" })], edges: [] },
      { nodes: [node("a", { phase: "QA" as never })], edges: [] },
      { nodes: [node("a", { title: "x".repeat(10_000) })], edges: [] },
      { nodes: [node("a", { position: { x: "left" as never, y: 0 } })], edges: [] },
    ];
    for (const body of bad) {
      await expect(savePipeline(lead, project.id, { baseVersion: 1, viewport, ...body })).rejects.toMatchObject({
        name: "ZodError",
      });
    }
    expect(await getPipeline(lead, project.id)).toMatchObject({ version: 1, nodes: [{ id: "a", title: "Node a" }] });
  });

  it("saves 5,000 nodes and refuses 5,001", async () => {
    const { lead, project } = await setup();
    const many = Array.from({ length: 5000 }, (_, i) => node(`n${i}`, { position: { x: i * 10, y: 100 } }));
    const edges = many.slice(1).map((n, i) => ({ id: `e${i}`, source: many[i]!.id, target: n.id, label: null }));
    const saved = await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes: many, edges });
    expect(saved.nodes).toHaveLength(5000);
    expect(saved.edges).toHaveLength(4999);
    await expect(
      savePipeline(lead, project.id, { baseVersion: 1, viewport, nodes: [...many, node("extra")], edges: [] }),
    ).rejects.toMatchObject({
      name: "ZodError",
    });
  }, 60_000);
});
