import { describe, expect, it } from "vitest";
import { recordQueries } from "@/test/count-queries";
import { roadmapApi, setupRoadmap } from "@/test/roadmap";
import { getDb, sqlName } from "./db";
import { exportStamp } from "./roadmap-export-cache";
import { roadmapExportInput } from "./roadmap-exports";

// The roadmap downloads are cached per project under a stamp that the DATABASE moves on
// (prisma/migrations/20261202080000_change_counter), so no writer can forget it. These tests
// hold that promise: every table the exports read has the trigger, and a write of any kind to
// any of them — straight SQL here, so it would hold for a writer added later — moves the stamp
// of exactly the projects it shows in, once per transaction, and only when it commits.

/** Every table the exports read (the models roadmapExportInput queries, and the relations it selects through them). */
const EXPORT_TABLES = [
  "Project",
  "RoadmapItem",
  "PipelineDiagram",
  "PipelineNode",
  "PipelineEdge",
  "Assessment",
  "Membership",
  "User",
] as const;

const db = () => getDb();
const t = (name: string) => sqlName(name);

async function setup() {
  const s = await setupRoadmap();
  const api = roadmapApi(s.projectId);
  await api.create(s.lead, { title: "Track runs", ownerId: s.ids.member, nodeIds: ["a"] });
  const { id: itemId } = await db().roadmapItem.findFirstOrThrow({ where: { projectId: s.projectId } });
  const other = await db().project.create({ data: { teamId: s.teamId, name: "Other project" } });
  const stamps = async () => ({
    mine: await exportStamp(s.lead, s.projectId),
    other: await exportStamp(s.lead, other.id),
  });
  return { ...s, itemId, otherProjectId: other.id, stamps };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** One write per kind per table, as raw SQL (what any writer, present or future, ends up sending). */
const WRITES: { table: (typeof EXPORT_TABLES)[number]; what: string; sql: (s: Setup) => string }[] = [
  {
    table: "Project",
    what: "rename",
    sql: (s) => `UPDATE ${t("Project")} SET "name" = 'Renamed' WHERE "id" = '${s.projectId}'`,
  },
  {
    table: "RoadmapItem",
    what: "insert",
    sql: (s) =>
      `INSERT INTO ${t("RoadmapItem")} ("id", "projectId", "title", "stage", "position", "updatedAt")
       VALUES ('item-${s.projectId}', '${s.projectId}', 'By SQL', 'MVP', 99, now())`,
  },
  {
    table: "RoadmapItem",
    what: "update",
    sql: (s) => `UPDATE ${t("RoadmapItem")} SET "title" = 'T2' WHERE "id" = '${s.itemId}'`,
  },
  { table: "RoadmapItem", what: "delete", sql: (s) => `DELETE FROM ${t("RoadmapItem")} WHERE "id" = '${s.itemId}'` },
  {
    table: "PipelineDiagram",
    what: "update",
    sql: (s) => `UPDATE ${t("PipelineDiagram")} SET "viewportX" = 5 WHERE "projectId" = '${s.projectId}'`,
  },
  {
    table: "PipelineNode",
    what: "update",
    sql: (s) =>
      `UPDATE ${t("PipelineNode")} n SET "title" = 'Retitled' FROM ${t("PipelineDiagram")} d
        WHERE d."id" = n."diagramId" AND d."projectId" = '${s.projectId}' AND n."id" = 'a'`,
  },
  {
    table: "PipelineNode",
    what: "delete",
    sql: (s) =>
      `DELETE FROM ${t("PipelineNode")} n USING ${t("PipelineDiagram")} d
        WHERE d."id" = n."diagramId" AND d."projectId" = '${s.projectId}' AND n."id" = 'b'`,
  },
  {
    table: "PipelineEdge",
    what: "update",
    sql: (s) =>
      `UPDATE ${t("PipelineEdge")} e SET "label" = 'then' FROM ${t("PipelineDiagram")} d
        WHERE d."id" = e."diagramId" AND d."projectId" = '${s.projectId}'`,
  },
  {
    table: "PipelineEdge",
    what: "delete",
    sql: (s) =>
      `DELETE FROM ${t("PipelineEdge")} e USING ${t("PipelineDiagram")} d
        WHERE d."id" = e."diagramId" AND d."projectId" = '${s.projectId}'`,
  },
  {
    table: "Assessment",
    what: "insert",
    sql: (s) =>
      `INSERT INTO ${t("Assessment")} ("id", "projectId", "bankVersion", "updatedAt") VALUES ('as-${s.projectId}', '${s.projectId}', 1, now())`,
  },
  {
    table: "Membership",
    what: "update",
    sql: (s) => `UPDATE ${t("Membership")} SET "role" = 'VIEWER' WHERE "id" = '${s.ids.other}'`,
  },
  { table: "Membership", what: "delete", sql: (s) => `DELETE FROM ${t("Membership")} WHERE "id" = '${s.ids.member}'` },
  {
    table: "User",
    what: "rename",
    sql: (s) => `UPDATE ${t("User")} SET "name" = 'New name' WHERE "id" = '${s.member.id}'`,
  },
];

describe("the roadmap export stamp (one row, moved on by the database)", () => {
  it("covers every table the exports read, each with its trigger", async () => {
    const s = await setup();
    const { queries } = await recordQueries(() => roadmapExportInput(s.lead, s.projectId));
    // Raw SQL ("pool.query", or "$queryRawUnsafe" in a transaction) is the access check
    // (project, membership, team name, stamp): the team's name is not in the files.
    const models = queries.filter((q) => !q.startsWith("$") && q !== "pool.query").map((q) => q.split(".")[0]!);
    const read = new Set(models.map((m) => m.replace(/^./, (c) => c.toUpperCase())));
    expect(read.size).toBeGreaterThan(3);
    expect([...read].filter((model) => !(EXPORT_TABLES as readonly string[]).includes(model))).toEqual([]);
    const { rows } = await rawRows<{ table: string }>(
      `SELECT DISTINCT c.relname AS "table" FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = '${process.env.DATABASE_SCHEMA}' AND NOT g.tgisinternal AND g.tgname LIKE c.relname || '\\_%'`,
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...EXPORT_TABLES].sort());
    expect(new Set(WRITES.map((w) => w.table))).toEqual(new Set(EXPORT_TABLES));
  });

  it.each(WRITES.map((w) => [`${w.table} ${w.what}`, w] as const))(
    "%s moves this project's stamp, not another team's",
    async (_name, write) => {
      const s = await setup();
      const stranger = await db().team.create({ data: { name: "Elsewhere" } });
      const far = await db().project.create({ data: { teamId: stranger.id, name: "Far" } });
      const farStamp = async () =>
        (
          await rawRows<{ c: number }>(
            `SELECT coalesce(max("changes"), 0) AS c FROM ${t("ProjectChange")} WHERE "projectId" = '${far.id}'`,
          )
        ).rows[0]!.c;
      const before = await s.stamps();
      const farBefore = await farStamp();
      await db().$executeRawUnsafe(write.sql(s));
      const after = await s.stamps();
      expect(after.mine).not.toBe(before.mine);
      expect(await farStamp()).toBe(farBefore);
      // Team-wide rows (members, their names) show in every project of the team; the rest in one.
      if (write.table === "Membership" || write.table === "User") expect(after.other).not.toBe(before.other);
      else expect(after.other).toBe(before.other);
    },
  );

  it("moves once per committed transaction, and not at all for one rolled back", async () => {
    const s = await setup();
    const start = Number((await s.stamps()).mine);
    await db().$transaction(async (tx) => {
      for (const write of WRITES.filter((w) => w.what !== "delete")) await tx.$executeRawUnsafe(write.sql(s));
    });
    expect(Number((await s.stamps()).mine)).toBe(start + 1);
    await expect(
      db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE ${t("RoadmapItem")} SET "title" = 'Lost' WHERE "id" = '${s.itemId}'`);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(Number((await s.stamps()).mine)).toBe(start + 1);
  });

  it("a project can still be deleted with everything in it (the bumps find no project and stop)", async () => {
    const s = await setup();
    await db().project.delete({ where: { id: s.projectId } });
    expect(await db().projectChange.count({ where: { projectId: s.projectId } })).toBe(0);
  });
});

async function rawRows<T>(sql: string): Promise<{ rows: T[] }> {
  return { rows: await db().$queryRawUnsafe<T[]>(sql) };
}
