import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "@/lib/db/migrator";

// 20261202040000_roadmap turns every ProjectChoice into a RoadmapItem (same id, the key
// as sourceKey, stage and phase from the component, appended positions per stage) and
// drops ProjectChoice. Here a schema is migrated up to the migration before it, filled
// with choices the way the old API made them, then migrated to the end.

const ROADMAP = "20261202040000_roadmap";
const url = inject("databaseUrl");
const migrationsDir = path.resolve(import.meta.dirname, "../prisma/migrations");
const client = new pg.Client({ connectionString: url });
const schema = `mig_${randomBytes(6).toString("hex")}`;
let before: string;
let all: string;

beforeAll(async () => {
  await client.connect();
  before = await mkdtemp(path.join(os.tmpdir(), "mig-before-"));
  all = await mkdtemp(path.join(os.tmpdir(), "mig-all-"));
  await cp(migrationsDir, all, { recursive: true });
  await cp(migrationsDir, before, {
    recursive: true,
    // Only the migrations before this one (a folder name is its order).
    filter: (source) => {
      const name = path.basename(source);
      return !/^\d{14}_/.test(name) || name < ROADMAP;
    },
  });
});

afterAll(async () => {
  await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  await client.end();
  await Promise.all([before, all].map((dir) => rm(dir, { recursive: true, force: true })));
});

describe(`migration ${ROADMAP}`, () => {
  it("copies every ProjectChoice into a RoadmapItem and drops the table", async () => {
    const applied = await migrate({ connectionString: url, schema, migrationsDir: before });
    expect(applied).not.toContain(ROADMAP);
    const q = (sql: string, values: unknown[] = []) => client.query(sql, values);
    await q(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
    await q(`INSERT INTO "User" ("id", "name", "email") VALUES ('u1', 'Ana', 'ana@example.com')`);
    await q(`INSERT INTO "Team" ("id", "name", "updatedAt") VALUES ('t1', 'Team', now())`);
    await q(
      `INSERT INTO "Project" ("id", "teamId", "name", "updatedAt") VALUES ('p1', 't1', 'P', now()), ('p2', 't1', 'Q', now())`,
    );
    await q(
      `INSERT INTO "Tool" ("slug", "name", "licenceKind", "licenceName", "complexity", "homepage", "description", "sortOrder")
       VALUES ('mlflow', 'MLflow', 'open_source', 'Apache-2.0', 2, 'https://mlflow.org', 'Tracking', 0)`,
    );
    const choice = (
      id: string,
      project: string,
      source: string,
      key: string,
      component: string | null,
      tool: string | null,
      at: string,
    ) =>
      q(
        `INSERT INTO "ProjectChoice" ("id", "projectId", "source", "key", "title", "componentId", "toolSlug", "detail", "createdById", "createdAt")
         VALUES ($1, $2, $3::"ChoiceSource", $4, $5, $6, $7, $8, 'u1', $9)`,
        [id, project, source, key, `Title ${id}`, component, tool, `Why ${id}`, at],
      );
    await choice(
      "c1",
      "p1",
      "recommendation",
      "experiment_tracking:mlflow",
      "experiment_tracking",
      "mlflow",
      "2026-11-01T10:00:00Z",
    );
    await choice("c2", "p1", "assessment", "train.orchestration:1", null, null, "2026-11-01T09:00:00Z");
    await choice("c3", "p1", "assessment", "deploy.api:1", "model_api", null, "2026-11-02T09:00:00Z");
    await choice(
      "c4",
      "p1",
      "recommendation",
      "model_registry:gone-tool",
      "model_registry",
      "gone-tool",
      "2026-11-03T09:00:00Z",
    );
    await choice("c5", "p2", "assessment", "data.validation:1", "data_processing", null, "2026-11-01T09:00:00Z");
    await choice("c6", "p1", "assessment", "notebooks:1", "notebooks", null, "2026-11-04T09:00:00Z");

    expect(await migrate({ connectionString: url, schema, migrationsDir: all })).toContain(ROADMAP);
    const { rows } = await q(
      `SELECT "id", "projectId", "title", "detail", "phase", "componentId", "toolSlug", "stage", "position", "source",
              "sourceKey", "status", "version", "createdById", "nodeIds", "createdAt"
       FROM "RoadmapItem" ORDER BY "projectId", "stage", "position"`,
    );
    expect(
      rows.map((r) => [r.id, r.projectId, r.stage, r.position, r.phase, r.source, r.sourceKey, r.toolSlug]),
    ).toEqual([
      ["c2", "p1", "EXPERIMENTAL", 0, null, "assessment", "train.orchestration:1", null],
      ["c6", "p1", "EXPERIMENTAL", 1, "ML", "assessment", "notebooks:1", null],
      ["c3", "p1", "MVP", 0, "DEV", "assessment", "deploy.api:1", null],
      ["c1", "p1", "PRODUCTIONIZATION", 0, "ML", "recommendation", "experiment_tracking:mlflow", "mlflow"],
      // A slug the catalog does not hold is dropped; the sourceKey still names it.
      ["c4", "p1", "PRODUCTIONIZATION", 1, "ML", "recommendation", "model_registry:gone-tool", null],
      ["c5", "p2", "EXPERIMENTAL", 0, "ML", "assessment", "data.validation:1", null],
    ]);
    expect(rows[3]).toMatchObject({
      title: "Title c1",
      detail: "Why c1",
      componentId: "experiment_tracking",
      status: "TODO",
      version: 1,
      createdById: "u1",
      nodeIds: [],
      createdAt: new Date("2026-11-01T10:00:00Z"),
    });
    const left = await q(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'ProjectChoice'`,
      [schema],
    );
    expect(left.rows[0].n).toBe(0);
    const roadmapVersion = await q(`SELECT "roadmapVersion" FROM "Project" ORDER BY "id"`);
    expect(roadmapVersion.rows.map((r) => r.roadmapVersion)).toEqual([0, 0]);
  });
});
