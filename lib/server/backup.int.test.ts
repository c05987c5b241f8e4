import { beforeAll, describe, expect, it } from "vitest";
import * as schemaRoute from "@/app/api/v1/backup.schema.json/route";
import * as backupRoute from "@/app/api/v1/projects/[projectId]/backup/route";
import * as pipelineRoute from "@/app/api/v1/projects/[projectId]/pipeline/route";
import * as restoreRoute from "@/app/api/v1/teams/[teamId]/projects/restore/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, ZProjectBackup, type TProjectBackup } from "@/lib/backup/format";
import { ZRestoreResponse } from "@/lib/backup/restore-report";
import { MAX_NODES } from "@/lib/pipeline/types";
import { call } from "@/test/api";
import { bearer, makeToken } from "@/test/api-tokens";
import { pipelineNode } from "@/test/pipeline-node";
import { roadmapApi, setupRoadmap } from "@/test/roadmap";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import { saveDraft, submitDraft } from "./assessment-writes";
import { getDb } from "./db";
import { importSteps } from "./pipeline-import";

// Backup and restore end to end against PostgreSQL: a project with every kind of data goes
// out, comes back as a new project of another team and goes out again the same; bad files
// are refused before anything is written.

type Who = { cookie: string };

/** A project with owners, an imported notebook (cells and group), two assessments and a roadmap. */
async function fullProject() {
  const setup = await setupRoadmap();
  const { lead, projectId, ids } = setup;
  const saved = await call(pipelineRoute.PUT, {
    method: "PUT",
    cookie: lead.cookie,
    params: { projectId },
    body: {
      baseVersion: 1,
      viewport: { x: 12, y: -40, zoom: 0.8 },
      nodes: [
        pipelineNode("a", { kind: "step", category: "model_training", title: "Train model", ownerId: ids.member }),
        pipelineNode("b", { kind: "step", category: "model_evaluation", title: "Evaluate", priority: "P1" }),
      ],
      edges: [{ id: "e1", source: "a", target: "b", label: "model" }],
    },
  });
  expect(saved.status).toBe(200);
  await importSteps(lead, projectId, {
    baseVersion: 2,
    notebook: { name: "churn.ipynb" },
    cells: [
      { index: 1, source: "import pandas as pd\ndf = pd.read_csv('x.csv')" },
      { index: 2, source: "model.fit(X, y)" },
    ],
    steps: [
      { title: "Load the data", category: "data_ingestion", cellIndexes: [1] },
      { title: "Fit", category: "model_training", cellIndexes: [2] },
    ],
  });
  const [q1, q2] = CURRENT_BANK.questions;
  const answers = { [q1!.id]: q1!.options[0]!.id, [q2!.id]: "not_sure" };
  const first = await saveDraft(lead, projectId, { bankVersion: CURRENT_BANK.version, answers });
  await submitDraft(lead, projectId, first.id, { version: first.version });
  await saveDraft(setup.member, projectId, { bankVersion: CURRENT_BANK.version, answers: { [q1!.id]: "not_sure" } });
  const roadmap = roadmapApi(projectId);
  const tracked = await roadmap.create(lead, {
    title: "Track experiments",
    toolSlug: "mlflow",
    componentId: "experiment_tracking",
    source: "recommendation",
    sourceKey: "experiment_tracking:mlflow",
    nodeIds: ["a"],
    ownerId: ids.member,
    priority: "P0",
    targetDate: "2027-03-01",
    stage: "MVP",
  });
  expect(tracked.status).toBe(201);
  const done = await roadmap.create(lead, { title: "Version the data", doneWhen: "dvc in CI", nodeIds: ["b"] });
  await roadmap.patch(lead, done.body!.item.id, { version: 1, status: "DONE" });
  await roadmap.create(setup.member, { title: "Write a README" });
  return setup;
}

async function exportOf(who: Who, projectId: string) {
  const res = await call(backupRoute.GET, { cookie: who.cookie, params: { projectId } });
  expect(res.status).toBe(200);
  return { headers: res.headers, backup: res.body as TProjectBackup };
}

const restore = (who: Who, teamId: string, body: unknown, rawBody?: string) =>
  call(restoreRoute.POST, { method: "POST", cookie: who.cookie, params: { teamId }, body, rawBody });

async function newTeam(who: Who, name: string): Promise<string> {
  const res = await call(teamsRoute.POST, { method: "POST", cookie: who.cookie, body: { name } });
  return res.body!.team.id as string;
}

/** What may differ between two exports of the same project: when, and the groups' own ids. */
function normalised(backup: TProjectBackup) {
  return {
    ...backup,
    exportedAt: "<time>",
    pipeline: { ...backup.pipeline, groups: backup.pipeline.groups.map((g) => ({ ...g, id: "<group>" })) },
  };
}

async function rowCounts() {
  const db = getDb();
  return {
    projects: await db.project.count(),
    diagrams: await db.pipelineDiagram.count(),
    nodes: await db.pipelineNode.count(),
    edges: await db.pipelineEdge.count(),
    cells: await db.pipelineNodeCell.count(),
    groups: await db.pipelineNodeGroup.count(),
    assessments: await db.assessment.count(),
    items: await db.roadmapItem.count(),
    audit: await db.auditEvent.count(),
  };
}

describe("project backup", () => {
  it("round trip: export, restore into another team, export again gives the same file", async () => {
    const { lead, member, projectId } = await fullProject();
    const { headers, backup } = await exportOf(lead, projectId);
    expect(headers.get("content-type")).toContain("application/json");
    expect(headers.get("content-disposition")).toMatch(
      /^attachment; filename="backup-churn-model-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(ZProjectBackup.parse(backup)).toBeTruthy();
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.pipeline.nodes).toHaveLength(4);
    expect(backup.pipeline.nodes[0]!.owner).toBe(member.email);
    expect(backup.pipeline.cells).toHaveLength(2);
    expect(backup.pipeline.groups).toEqual([
      { id: expect.any(String), name: "churn.ipynb", nodeIds: expect.any(Array) },
    ]);
    expect(backup.assessments.map((a) => a.status)).toEqual(["SUBMITTED", "DRAFT"]);
    expect(backup.roadmap.items.map((i) => i.title).sort()).toEqual([
      "Track experiments",
      "Version the data",
      "Write a README",
    ]);
    // No user or membership id anywhere in the file.
    const text = JSON.stringify(backup);
    for (const id of [lead.id, member.id]) expect(text).not.toContain(id);

    const teamB = await newTeam(lead, "Second team");
    await joinTeam(lead, teamB, member, "MEMBER");
    const restored = await restore(lead, teamB, backup);
    expect(restored.status).toBe(201);
    expect(ZRestoreResponse.parse(restored.body)).toEqual(restored.body);
    expect(restored.body!.project).toMatchObject({ teamId: teamB, name: "Churn model" });
    expect(restored.body!.report).toEqual({
      unassignedEmails: [],
      counts: { nodes: 4, edges: 2, cells: 2, groups: 1, assessments: 2, roadmapItems: 3 },
    });
    const again = await exportOf(lead, restored.body!.project.id as string);
    expect(normalised(again.backup)).toEqual(normalised(backup));
  });

  it("leaves people who are not in the target team unassigned and lists them", async () => {
    const { lead, member, projectId } = await fullProject();
    const { backup } = await exportOf(lead, projectId);
    const teamC = await newTeam(lead, "Lonely team");
    const restored = await restore(lead, teamC, backup);
    expect(restored.status).toBe(201);
    expect(restored.body!.report.unassignedEmails).toEqual([member.email]);
    const again = (await exportOf(lead, restored.body!.project.id as string)).backup;
    expect(again.pipeline.nodes[0]!.owner).toBeNull();
    expect(again.roadmap.items.find((i) => i.title === "Track experiments")!.owner).toBeNull();
    expect(again.roadmap.items.find((i) => i.title === "Write a README")!.createdBy).toBeNull();
    // A second restore into the same team does not clash with the first's name.
    const twice = await restore(lead, teamC, backup);
    expect(twice.body!.project.name).toBe("Churn model (restored)");
  });

  it("restores only for leads (it brings owners and priorities); reading a backup is every member's", async () => {
    const { lead, member, viewer, stranger, projectId, teamId } = await fullProject();
    const { backup } = await exportOf(viewer, projectId);
    expect((await restore(viewer, teamId, backup)).status).toBe(403);
    expect((await restore(member, teamId, backup)).status).toBe(403);
    expect((await restore(stranger, teamId, backup)).status).toBe(404);
    expect((await call(backupRoute.GET, { cookie: stranger.cookie, params: { projectId } })).status).toBe(404);
    expect((await restore(lead, teamId, backup)).status).toBe(201);
  });

  it("works with an API token: read-only takes backups, member-ceiling cannot restore, lead-ceiling does", async () => {
    const { lead, projectId, teamId } = await fullProject();
    const readOnly = await makeToken(lead, { ceiling: "VIEWER" });
    const memberCeiling = await makeToken(lead, { ceiling: "MEMBER" });
    const writer = await makeToken(lead, { ceiling: "LEAD" });
    const asToken = (secret: string) => ({ headers: bearer(secret) });
    const downloaded = await call(backupRoute.GET, { params: { projectId }, ...asToken(readOnly.secret) });
    expect(downloaded.status).toBe(200);
    const post = (secret: string) =>
      call(restoreRoute.POST, { method: "POST", params: { teamId }, body: downloaded.body, ...asToken(secret) });
    expect((await post(readOnly.secret)).status).toBe(403);
    expect((await post(memberCeiling.secret)).status).toBe(403);
    const restored = await post(writer.secret);
    expect(restored.status).toBe(201);
    const event = await getDb().auditEvent.findFirstOrThrow({
      where: { action: "project.restored", projectId: restored.body!.project.id as string },
    });
    expect(event.apiTokenId).toBe(writer.id);
  });

  describe("refuses a bad file before writing anything", () => {
    const cases: { name: string; change: (b: TProjectBackup) => unknown; code: string; message: RegExp }[] = [
      {
        name: "a newer version",
        change: (b) => ({ ...b, version: 2 }),
        code: "invalid_input",
        message: /^version: made by a newer MLOps Map \(version 2\); this one reads up to 1$/,
      },
      {
        name: "another format",
        change: (b) => ({ ...b, format: "something-else" }),
        code: "invalid_input",
        message: /format: format must be "mlops-map.project-backup"/,
      },
      {
        name: "an edge to a missing node",
        change: (b) => ({
          ...b,
          pipeline: {
            ...b.pipeline,
            edges: [...b.pipeline.edges, { id: "ex", source: "a", target: "zz", label: null }],
          },
        }),
        code: "invalid_input",
        message: /pipeline\.edges\.2\.target: edge "ex": target "zz" is not a node of this diagram/,
      },
      {
        name: "an item linking a missing node",
        change: (b) => ({
          ...b,
          roadmap: { items: b.roadmap.items.map((i, n) => (n === 0 ? { ...i, nodeIds: ["gone"] } : i)) },
        }),
        code: "invalid_input",
        message: /roadmap\.items\.0\.nodeIds\.0: item "i1": node "gone" is not a node of this diagram/,
      },
      {
        name: "a cell of a missing node",
        change: (b) => ({
          ...b,
          pipeline: { ...b.pipeline, cells: [{ nodeId: "gone", index: 0, source: "x = 1" }] },
        }),
        code: "invalid_input",
        message: /pipeline\.cells\.0\.nodeId: cell 0: node "gone"/,
      },
      {
        name: "an unknown tool",
        change: (b) => ({
          ...b,
          roadmap: { items: b.roadmap.items.map((i) => ({ ...i, toolSlug: "no-such-tool" })) },
        }),
        code: "invalid_input",
        message: /roadmap\.items\.0\.toolSlug: Unknown tool 'no-such-tool'/,
      },
      {
        name: "duplicate node ids",
        change: (b) => ({ ...b, pipeline: { ...b.pipeline, nodes: [...b.pipeline.nodes, b.pipeline.nodes[0]] } }),
        code: "invalid_input",
        message: /pipeline\.nodes\.4\.id: duplicate node id "a"/,
      },
      {
        name: "duplicate item ids",
        change: (b) => ({
          ...b,
          roadmap: { items: b.roadmap.items.map((i) => ({ ...i, id: "same", sourceKey: null })) },
        }),
        code: "invalid_input",
        message: /roadmap\.items\.1\.id: duplicate item id "same"/,
      },
      {
        name: "more nodes than a diagram may have",
        change: (b) => ({
          ...b,
          pipeline: {
            ...b.pipeline,
            nodes: Array.from({ length: MAX_NODES + 1 }, (_, i) => ({ ...b.pipeline.nodes[0], id: `n${i}` })),
            edges: [],
            cells: [],
            groups: [],
          },
          roadmap: { items: [] },
        }),
        code: "invalid_input",
        message: new RegExp(`pipeline\\.nodes: a diagram has at most ${MAX_NODES} nodes`),
      },
      {
        name: "a missing part",
        change: ({ roadmap: _roadmap, ...rest }) => rest,
        code: "invalid_input",
        message: /^roadmap: /,
      },
    ];

    // One project for all the cases: each leaves the database as it was.
    let source: { lead: Who; teamId: string; backup: TProjectBackup };
    beforeAll(async () => {
      const { lead, projectId, teamId } = await fullProject();
      source = { lead, teamId, backup: (await exportOf(lead, projectId)).backup };
    });

    it.each(cases)("$name", async ({ change, code, message }) => {
      const { lead, teamId, backup } = source;
      const before = await rowCounts();
      const res = await restore(lead, teamId, change(structuredClone(backup)));
      expect(res.status).toBe(422);
      expect(res.body!.error.code).toBe(code);
      expect(res.body!.error.message).toMatch(message);
      expect(res.body!.error.issues.length).toBeGreaterThan(0);
      expect(await rowCounts()).toEqual(before);
    });

    it("truncated JSON is 400 invalid_json; over the size limit is 413", async () => {
      const { lead, teamId, backup } = source;
      const text = JSON.stringify(backup);
      const before = await rowCounts();
      const truncated = await restore(lead, teamId, undefined, text.slice(0, text.length / 2));
      expect(truncated.status).toBe(400);
      expect(truncated.body!.error.code).toBe("invalid_json");
      const huge = await restore(
        lead,
        teamId,
        undefined,
        `${text.slice(0, -1)},"pad":"${"x".repeat(MAX_BACKUP_BYTES)}"}`,
      );
      expect(huge.status).toBe(413);
      expect(huge.body!.error.code).toBe("payload_too_large");
      expect(await rowCounts()).toEqual(before);
    });
  });

  it("serves the format's JSON Schema to anyone", async () => {
    const stranger = await signUp("Anyone");
    expect(stranger).toBeTruthy();
    const res = await call(schemaRoute.GET as never, {});
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/schema+json");
    expect(res.body!.properties.format).toEqual({ type: "string", const: BACKUP_FORMAT });
    expect(res.body!.required).toEqual(expect.arrayContaining(["format", "version", "project", "pipeline"]));
  });
});
