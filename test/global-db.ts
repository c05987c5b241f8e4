import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../lib/db/embedded";

// Integration tests use DATABASE_URL when set (CI points it at a fresh database on the
// local PostgreSQL), else an in-memory PGlite started here. Each test file then works in
// a schema of its own (test/setup-db.ts), so files never share state.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    /** The in-memory PGlite: lib/server/db.ts then sends no named statements. */
    embeddedDb: boolean;
  }
}

export default async function setup(project: TestProject) {
  const fromEnv = process.env.DATABASE_URL;
  const embedded = fromEnv ? undefined : await startEmbeddedPostgres({});
  project.provide("databaseUrl", fromEnv ?? embedded!.url);
  project.provide("embeddedDb", !fromEnv);
  return async () => {
    await embedded?.stop();
  };
}
