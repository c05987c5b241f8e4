import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool } from "pg";
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
  const name = statementNamer();
  // Statements are prepared once per connection, then only bound and executed
  // (lib/db/statement-names.ts); the adapter hands the name to pg as it is, and past the bound
  // it is undefined (unnamed). Not on the embedded PGlite (scripts/serve.ts sets the flag): one
  // backend session serves all its connections, so a name one connection prepared is already
  // taken for the next ("prepared statement already exists").
  const named = process.env.MLOPS_MAP_EMBEDDED_DB !== "1";
  const adapter = new PrismaPg(globalForPrisma.pgPool, {
    ...(schema ? { schema } : {}),
    ...(named && { statementNameGenerator: (query) => name(query.sql) as string }),
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; pgPool?: Pool };

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
