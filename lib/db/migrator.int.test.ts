import { createHash, randomBytes, randomUUID } from "node:crypto";
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checksum, migrate, MigrationError, PRISMA_ADVISORY_LOCK_KEY, readMigrations } from "./migrator";

// The runner against a real database (PostgreSQL or PGlite over the wire protocol).
// Every test migrates schemas of its own (`mig_<hex>`), so tests are independent of
// each other and of the schema test/setup-db.ts prepared for this file.

const url = inject("databaseUrl");
const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const MIGRATION_FOLDER = /^\d{14}_[a-z0-9_]+$/;

const client = new pg.Client({ connectionString: url });
const schemas: string[] = [];
const tempDirs: string[] = [];
let realNames: string[] = [];
let isPglite = false;

type MigrationRow = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
};

beforeAll(async () => {
  await client.connect();
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  isPglite = rows[0]!.version.includes("PGlite");
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  realNames = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
});

afterAll(async () => {
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${q(schema)} CASCADE`);
  await client.end();
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function q(identifier: string) {
  return pg.escapeIdentifier(identifier);
}

/** A schema name that does not exist yet; dropped in afterAll. */
function newSchema() {
  const schema = `mig_${randomBytes(6).toString("hex")}`;
  schemas.push(schema);
  return schema;
}

/** A temp copy of prisma/migrations that a test may add to or edit. */
async function copyOfMigrations() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mig-"));
  tempDirs.push(dir);
  await cp(migrationsDir, dir, { recursive: true });
  return dir;
}

async function addMigration(dir: string, name: string, sql: string) {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function rowsOf(schema: string) {
  const { rows } = await client.query<MigrationRow>(
    `SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count
     FROM ${q(schema)}."_prisma_migrations" ORDER BY started_at, migration_name`,
  );
  return rows;
}

async function tableExists(schema: string, table: string) {
  const { rows } = await client.query<{ found: boolean }>("SELECT to_regclass($1) IS NOT NULL AS found", [
    `${q(schema)}.${q(table)}`,
  ]);
  return rows[0]!.found;
}

async function sha256OfFile(file: string) {
  return createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
}

/** Runs migrate() expecting it to fail, and returns the error. */
async function migrateError(options: Parameters<typeof migrate>[0]) {
  const outcome = await migrate(options).then(
    (applied) => ({ applied }),
    (error: unknown) => ({ error }),
  );
  if (!("error" in outcome))
    throw new Error(`migrate() resolved with ${JSON.stringify(outcome.applied)} but was expected to fail`);
  expect(outcome.error).toBeInstanceOf(MigrationError);
  return outcome.error as MigrationError;
}

describe("prisma/migrations folder", () => {
  it("is in Prisma's format: a postgresql migration_lock.toml and <14 digits>_<name>/migration.sql folders", async () => {
    const lock = await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8");
    expect(lock).toMatch(/^provider\s*=\s*"postgresql"\s*$/m);

    expect(realNames.length).toBeGreaterThan(0);
    const entries = await readdir(migrationsDir, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name === "migration_lock.toml") continue;
      expect(entry.isDirectory(), `${entry.name} should be a migration folder`).toBe(true);
      expect(entry.name, `folder name ${entry.name}`).toMatch(MIGRATION_FOLDER);
      const sql = await stat(path.join(migrationsDir, entry.name, "migration.sql")).catch(() => undefined);
      expect(sql?.isFile(), `${entry.name}/migration.sql should exist`).toBe(true);
    }
    // The runner sees exactly these folders, in name order, with sha256 checksums.
    const files = await readMigrations(migrationsDir);
    expect(files.map((f) => f.name)).toEqual(realNames);
    for (const file of files) {
      expect(file.checksum).toBe(await sha256OfFile(path.join(migrationsDir, file.name, "migration.sql")));
      expect(checksum(file.sql)).toBe(file.checksum);
    }
  });
});

describe("migrate", () => {
  it("applies every migration to an empty schema and records it as prisma migrate deploy does", async () => {
    const schema = newSchema();
    const applied = await migrate({ connectionString: url, schema, migrationsDir });
    expect(applied).toEqual(realNames);

    const rows = await rowsOf(schema);
    expect(rows.map((r) => r.migration_name)).toEqual(realNames);
    for (const row of rows) {
      const name = row.migration_name;
      expect(row.id, name).toHaveLength(36);
      expect(row.id, name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.checksum, name).toBe(await sha256OfFile(path.join(migrationsDir, name, "migration.sql")));
      expect(row.finished_at, name).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime(), name).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count, name).toBe(1);
      expect(row.logs, name).toBeNull();
      expect(row.rolled_back_at, name).toBeNull();
    }
  });

  it("is a no-op when run again", async () => {
    const schema = newSchema();
    await migrate({ connectionString: url, schema, migrationsDir });
    const before = await rowsOf(schema);

    const lines: string[] = [];
    expect(await migrate({ connectionString: url, schema, migrationsDir, log: (line) => lines.push(line) })).toEqual(
      [],
    );
    expect(lines).toEqual([]);
    expect(await rowsOf(schema)).toEqual(before);
  });

  it("applies only the new migration when one is added", async () => {
    const schema = newSchema();
    await migrate({ connectionString: url, schema, migrationsDir });
    const before = await rowsOf(schema);

    const dir = await copyOfMigrations();
    await addMigration(
      dir,
      "20991231000000_add_thing",
      `CREATE TABLE "Thing" ("id" TEXT NOT NULL, CONSTRAINT "Thing_pkey" PRIMARY KEY ("id"));\n`,
    );
    const lines: string[] = [];
    expect(
      await migrate({ connectionString: url, schema, migrationsDir: dir, log: (line) => lines.push(line) }),
    ).toEqual(["20991231000000_add_thing"]);
    expect(lines).toEqual(["applied 20991231000000_add_thing"]);
    expect(await tableExists(schema, "Thing")).toBe(true);

    const after = await rowsOf(schema);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.map((r) => r.migration_name)).toEqual([...realNames, "20991231000000_add_thing"]);
    expect(after.at(-1)).toMatchObject({
      checksum: await sha256OfFile(path.join(dir, "20991231000000_add_thing", "migration.sql")),
      applied_steps_count: 1,
      logs: null,
      rolled_back_at: null,
    });
  });

  it("applies pending migrations in name order, whatever order the folders were made in", async () => {
    const dir = await copyOfMigrations();
    // The later one depends on the earlier one, and is written to disk first.
    await addMigration(
      dir,
      "20991231000002_fill_thing",
      `ALTER TABLE "Thing" ADD COLUMN "label" TEXT;\nINSERT INTO "Thing" ("id", "label") VALUES ('a', 'A');\n`,
    );
    await addMigration(dir, "20991231000001_create_thing", `CREATE TABLE "Thing" ("id" TEXT NOT NULL PRIMARY KEY);\n`);

    const schema = newSchema();
    const applied = await migrate({ connectionString: url, schema, migrationsDir: dir });
    expect(applied).toEqual([...realNames, "20991231000001_create_thing", "20991231000002_fill_thing"]);
    expect((await rowsOf(schema)).map((r) => r.migration_name)).toEqual(applied);
    const { rows } = await client.query(`SELECT id, label FROM ${q(schema)}."Thing"`);
    expect(rows).toEqual([{ id: "a", label: "A" }]);
  });

  it("refuses to run when an applied migration was edited afterwards, and applies nothing", async () => {
    const schema = newSchema();
    const dir = await copyOfMigrations();
    await migrate({ connectionString: url, schema, migrationsDir: dir });
    const before = await rowsOf(schema);

    const edited = realNames[0]!;
    await appendFile(path.join(dir, edited, "migration.sql"), "\n-- edited after it was applied\n");
    await addMigration(dir, "20991231000000_add_thing", `CREATE TABLE "Thing" ("id" TEXT NOT NULL PRIMARY KEY);\n`);

    const error = await migrateError({ connectionString: url, schema, migrationsDir: dir });
    expect(error.message).toContain(edited);
    expect(error.message).toMatch(/changed/);
    expect(await rowsOf(schema)).toEqual(before);
    expect(await tableExists(schema, "Thing")).toBe(false);
  });

  it("rolls a failing migration back completely: neither its changes nor a _prisma_migrations row remain", async () => {
    const dir = await copyOfMigrations();
    await addMigration(dir, "20991231000001_good", `CREATE TABLE "Good" ("id" TEXT NOT NULL PRIMARY KEY);\n`);
    await addMigration(
      dir,
      "20991231000002_broken",
      `CREATE TABLE "Broken" ("id" TEXT NOT NULL PRIMARY KEY);\nINSERT INTO "Broken" ("id") VALUES ('x');\nALTER TABLE "NoSuchTable" ADD COLUMN "oops" TEXT;\n`,
    );
    await addMigration(dir, "20991231000003_after", `CREATE TABLE "After" ("id" TEXT NOT NULL PRIMARY KEY);\n`);

    const schema = newSchema();
    const error = await migrateError({ connectionString: url, schema, migrationsDir: dir });
    expect(error.message).toContain("20991231000002_broken");
    expect(error.message).toMatch(/rolled back/);
    expect(error.message).toMatch(/NoSuchTable/);

    // Migrations before it were committed one by one; it and everything after it left no trace.
    expect((await rowsOf(schema)).map((r) => r.migration_name)).toEqual([...realNames, "20991231000001_good"]);
    expect(await tableExists(schema, "Good")).toBe(true);
    expect(await tableExists(schema, "Broken")).toBe(false);
    expect(await tableExists(schema, "After")).toBe(false);

    // Once fixed, the run resumes where it stopped.
    await writeFile(
      path.join(dir, "20991231000002_broken", "migration.sql"),
      `CREATE TABLE "Broken" ("id" TEXT NOT NULL PRIMARY KEY);\n`,
    );
    expect(await migrate({ connectionString: url, schema, migrationsDir: dir })).toEqual([
      "20991231000002_broken",
      "20991231000003_after",
    ]);
    expect(await tableExists(schema, "Broken")).toBe(true);
  });

  it("stops at a migration that a crashed run left unfinished (finished_at NULL), until it is marked rolled back", async () => {
    const schema = newSchema();
    await migrate({ connectionString: url, schema, migrationsDir });
    const dir = await copyOfMigrations();
    await addMigration(dir, "20991231000001_crashed", `CREATE TABLE "Crashed" ("id" TEXT NOT NULL PRIMARY KEY);\n`);
    await addMigration(dir, "20991231000002_after", `CREATE TABLE "After" ("id" TEXT NOT NULL PRIMARY KEY);\n`);
    // What `prisma migrate deploy` leaves behind when it dies mid-script.
    await client.query(
      `INSERT INTO ${q(schema)}."_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [
        randomUUID(),
        await sha256OfFile(path.join(dir, "20991231000001_crashed", "migration.sql")),
        "20991231000001_crashed",
      ],
    );
    const before = await rowsOf(schema);

    const error = await migrateError({ connectionString: url, schema, migrationsDir: dir });
    expect(error.message).toContain("20991231000001_crashed");
    expect(error.message).toMatch(/did not finish/);
    expect(await rowsOf(schema)).toEqual(before);
    expect(await tableExists(schema, "Crashed")).toBe(false);
    expect(await tableExists(schema, "After")).toBe(false);

    // `prisma migrate resolve --rolled-back` sets rolled_back_at; the migration is then applied afresh.
    await client.query(
      `UPDATE ${q(schema)}."_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1`,
      ["20991231000001_crashed"],
    );
    expect(await migrate({ connectionString: url, schema, migrationsDir: dir })).toEqual([
      "20991231000001_crashed",
      "20991231000002_after",
    ]);
    const crashed = (await rowsOf(schema)).filter((r) => r.migration_name === "20991231000001_crashed");
    expect(crashed.map((r) => [r.rolled_back_at === null, r.finished_at === null])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it("uses Prisma's advisory lock key", () => {
    expect(PRISMA_ADVISORY_LOCK_KEY).toBe(72707369);
  });

  it.each([
    ["a fresh schema", false],
    ["an existing, empty schema", true],
  ])("applies each migration exactly once when two runs start together on %s", async (_, precreate) => {
    const schema = newSchema();
    if (precreate) await client.query(`CREATE SCHEMA ${q(schema)}`);
    const dir = await copyOfMigrations();
    await addMigration(dir, "20991231000000_add_thing", `CREATE TABLE "Thing" ("id" TEXT NOT NULL PRIMARY KEY);\n`);
    const expected = [...realNames, "20991231000000_add_thing"];

    const results = await Promise.allSettled([
      migrate({ connectionString: url, schema, migrationsDir: dir }),
      migrate({ connectionString: url, schema, migrationsDir: dir }),
    ]);
    const failures = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
    expect(failures).toEqual([]);
    const applied = results.flatMap((r) => (r.status === "fulfilled" ? r.value : []));
    expect(applied.sort()).toEqual(expected);

    const rows = await rowsOf(schema);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(expected);
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  // Vitest runs test files in parallel and each one migrates a schema of its own
  // (test/setup-db.ts), so runs on different schemas of one database overlap all the time.
  it("migrates each schema fully when two runs on different schemas start together", async () => {
    const first = newSchema();
    const second = newSchema();
    const results = await Promise.allSettled([
      migrate({ connectionString: url, schema: first, migrationsDir }),
      migrate({ connectionString: url, schema: second, migrationsDir }),
    ]);
    expect(results).toEqual([
      { status: "fulfilled", value: realNames },
      { status: "fulfilled", value: realNames },
    ]);
    for (const schema of [first, second]) {
      expect(
        (await rowsOf(schema)).map((r) => r.migration_name),
        schema,
      ).toEqual(realNames);
    }
    const { rows } = await client.query<{ table_schema: string; tables: number }>(
      `SELECT table_schema, count(*)::int AS tables FROM information_schema.tables
       WHERE table_schema = ANY($1) GROUP BY table_schema ORDER BY table_schema`,
      [[first, second]],
    );
    expect(rows.map((r) => r.tables)).toHaveLength(2);
    expect(rows[0]!.tables).toBe(rows[1]!.tables);
  });

  // PGlite serves every connection from one backend session, in which advisory locks
  // are re-entrant: another connection's lock can never block there.
  it("waits while another session holds Prisma's advisory lock", async ({ skip }) => {
    skip(isPglite, "PGlite has a single backend session: advisory locks cannot block between its connections");
    const schema = newSchema();
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
      let settled = false;
      const run = migrate({ connectionString: url, schema, migrationsDir }).finally(() => {
        settled = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false);
      expect(await tableExists(schema, "_prisma_migrations")).toBe(false);
      await holder.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
      expect(await run).toEqual(realNames);
    } finally {
      await holder.end();
    }
  });
});
