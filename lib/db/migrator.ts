import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's
// schema-engine binary (it cannot be downloaded on our machines). The bookkeeping
// table, its columns, the checksum (sha256 hex of migration.sql) and the advisory
// lock key are Prisma's own, so a machine that has the engine sees the same state.

/** Prisma's advisory lock key: our runner and `prisma migrate deploy` exclude each other. */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export type MigrateOptions = {
  connectionString: string;
  /** PostgreSQL schema to migrate into (created if missing); default: the connection's search_path. */
  schema?: string;
  migrationsDir?: string;
  log?: (line: string) => void;
};

export function checksum(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

export async function readMigrations(dir: string): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && /^\d{14}_[A-Za-z0-9_-]+$/.test(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

export const defaultMigrationsDir = path.join(process.cwd(), "prisma", "migrations");

/** Applies pending migrations in name order, each in its own transaction. Returns the names applied. */
export async function migrate(options: MigrateOptions): Promise<string[]> {
  const log = options.log ?? (() => {});
  const files = await readMigrations(options.migrationsDir ?? defaultMigrationsDir);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  const step = <T>(work: () => Promise<T>) => inLockedTransaction(client, options.schema, work);
  try {
    // On a real server this session lock makes a second runner wait for the first.
    // PGlite serves every connection from one session, where the lock never blocks;
    // there the transaction-level lock and the re-check inside each transaction
    // (PGlite runs one transaction at a time) keep every migration exactly-once.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await step(() => checkApplied(client, files, log));
      const done: string[] = [];
      for (const file of files) {
        const applied = await step(() => applyOne(client, file));
        if (applied) {
          log(`applied ${file.name}`);
          done.push(file.name);
        }
      }
      return done;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

async function inLockedTransaction<T>(
  client: pg.Client,
  schema: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    if (schema) {
      const quoted = pg.escapeIdentifier(schema);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
      // SET LOCAL: PGlite shares one session between connections, so a plain SET
      // would leak into every other connection.
      await client.query(`SET LOCAL search_path TO ${quoted}`);
    }
    await client.query(MIGRATIONS_TABLE);
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function checkApplied(client: pg.Client, files: MigrationFile[], log: (line: string) => void) {
  const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
    `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  for (const row of rows) {
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${row.migration_name} was started but did not finish. Inspect the database, then mark it rolled back or applied (prisma migrate resolve) before migrating again.`,
      );
    }
  }
  const applied = new Map(rows.map((r) => [r.migration_name, r]));
  for (const file of files) {
    const row = applied.get(file.name);
    if (row && row.checksum !== file.checksum) {
      throw new MigrationError(
        `Migration ${file.name} was changed after it was applied (checksum ${row.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk). Applied migrations must not be edited: restore the file and add a new migration instead.`,
      );
    }
  }
  for (const name of applied.keys()) {
    if (!files.some((f) => f.name === name))
      log(`warning: migration ${name} is applied but missing from prisma/migrations`);
  }
}

/**
 * Applies one migration unless it is already applied. The bookkeeping row is written in
 * the same transaction as the script, so a failure leaves neither the schema change nor
 * a half-recorded migration behind.
 */
async function applyOne(client: pg.Client, file: MigrationFile): Promise<boolean> {
  const { rowCount } = await client.query(
    `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    [file.name],
  );
  if (rowCount) return false;
  const id = randomUUID();
  try {
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, file.checksum, file.name],
    );
    await client.query(file.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${reason}`);
  }
  return true;
}
