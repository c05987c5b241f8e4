import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool, types, type CustomTypesConfig } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { statementNamer } from "@/lib/db/statement-names";

// One Prisma client per process, made on first use: `next build` imports this module
// without a database, and tests point DATABASE_URL/DATABASE_SCHEMA at their own schema
// before the first query.

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  const schema = process.env.DATABASE_SCHEMA;
  // Our own pool, so its use can be read for /api/metrics and it can be ended at shutdown.
  globalForPrisma.pgPool = new Pool({ connectionString, max: 10 });
  // Statements are prepared once per connection, then only bound and executed
  // (lib/db/statement-names.ts); the adapter hands the name to pg as it is, and past the bound
  // it is undefined (unnamed). Not on the embedded PGlite (scripts/serve.ts sets the flag): one
  // backend session serves all its connections, so a name one connection prepared is already
  // taken for the next ("prepared statement already exists").
  const adapter = new PrismaPg(globalForPrisma.pgPool, {
    ...(schema ? { schema } : {}),
    ...(namedStatements() && { statementNameGenerator: (query) => statementName(query.sql) as string }),
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: Pool };

const statementName = statementNamer();
const namedStatements = () => process.env.MLOPS_MAP_EMBEDDED_DB !== "1";

/** Connections of the process's pool (none before the first query): for /api/metrics. */
export function dbPoolStats(): { total: number; idle: number; waiting: number } | undefined {
  const pool = globalForPrisma.pgPool;
  return pool && { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

/** Ends the process's database pool once its queries are done (graceful shutdown). */
export async function closeDb(): Promise<void> {
  const { prisma, pgPool } = globalForPrisma;
  globalForPrisma.prisma = undefined;
  globalForPrisma.pgPool = undefined;
  await prisma?.$disconnect();
  await pgPool?.end();
}

export function getDb(): PrismaClient {
  // Kept on globalThis so dev-mode module reloads do not open a new pool each time.
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A table or type name for raw SQL, qualified with the schema the client is pointed at
 * (tests use one schema per file); raw SQL is not qualified by the adapter.
 */
export function sqlName(name: string): string {
  const schema = process.env.DATABASE_SCHEMA;
  const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;
  return schema ? `${quote(schema)}.${quote(name)}` : quote(name);
}

/** What queryRows sends: the values pg encodes the same way Prisma's adapter does. */
export type SqlValue = string | number | boolean | null | readonly (string | number | null)[];

/**
 * The rows of one SQL statement (`$1`… placeholders). On the process's client it goes to the pg
 * pool directly, named as Prisma's statements are (same namer, so one prepared statement per
 * connection serves both); in a transaction it goes through the transaction's client. Measured
 * with bench:save-cpu, Prisma's $queryRaw cost about 0.47 ms of CPU per call of the autosave's
 * statement (1.1 ms against 0.62 ms through the pool): half of a save's work on the one JS
 * thread. For the hot statements only (the access check, the autosave); columns come back as
 * Prisma's raw queries give them for the types ROW_TYPES covers.
 */
export async function queryRows<T>(db: Db | Tx, text: string, values: readonly SqlValue[]): Promise<T[]> {
  const pool = globalForPrisma.pgPool;
  if (db !== globalForPrisma.prisma || !pool) return (db as Db).$queryRawUnsafe<T[]>(text, ...values);
  for (const value of values) checkValue(value);
  const name = namedStatements() ? statementName(text) : undefined;
  const result = await pool.query({ text, values: values as unknown[], types: ROW_TYPES, ...(name && { name }) });
  return result.rows as T[];
}

// pg reads a `timestamp` (no time zone: every Prisma DateTime column) in the process's local
// time zone; Prisma reads it as UTC, as it was written. int8 as bigint, as Prisma gives it.
const ROW_TYPES: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === types.builtins.TIMESTAMP) return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (oid === types.builtins.INT8) return (value: string) => BigInt(value);
    return types.getTypeParser(oid, format);
  }) as CustomTypesConfig["getTypeParser"],
};

// pg would encode a Date in local time and an object as JSON of its own: a bug, not input.
function checkValue(value: SqlValue) {
  const ok = (v: unknown) => v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (ok(value) || (Array.isArray(value) && value.every(ok))) return;
  throw new TypeError(`queryRows takes strings, numbers, booleans, null and arrays of them; got ${typeof value}.`);
}
