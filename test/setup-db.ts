import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { prepareDatabase } from "../lib/db/prepare";

// Runs before each integration test file is imported: a fresh schema, migrated (with the tool catalog), and
// the app's Prisma client pointed at it through DATABASE_URL/DATABASE_SCHEMA.

const url = inject("databaseUrl");
const schema = `test_${randomBytes(6).toString("hex")}`;
await prepareDatabase({ connectionString: url, schema });
process.env.DATABASE_URL = url;
process.env.DATABASE_SCHEMA = schema;
process.env.MLOPS_MAP_EMBEDDED_DB = inject("embeddedDb") ? "1" : "";
process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.BETTER_AUTH_URL ??= "http://localhost:3000";

afterAll(async () => {
  const prisma = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await prisma?.$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  await client.end();
});
