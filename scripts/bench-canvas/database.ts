// The canvas benchmark's database: DATABASE_URL when set, else a fresh one on the local
// PostgreSQL, dropped at the end.

import pg from "pg";
import { cleanups, log } from "./cleanup";

const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export async function prepareDatabase(): Promise<{ url: string; label: string }> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, label: `DATABASE_URL (${new URL(process.env.DATABASE_URL).host})` };
  }
  const name = `mlops_map_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  cleanups.push({
    name: `drop database ${name}`,
    run: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        log(`dropped database ${name}`);
      } finally {
        await client.end();
      }
    },
  });
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const version = await serverVersion(url.toString());
  return { url: url.toString(), label: `local PostgreSQL ${version} (127.0.0.1:5432, fresh database ${name})` };
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]?.server_version.split(" ")[0] ?? "?";
  } finally {
    await client.end();
  }
}
