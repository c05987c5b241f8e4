// `npm run db:migrate`: applies pending prisma/migrations to DATABASE_URL, or to the
// embedded PGlite database when DATABASE_URL is unset.
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { MigrationError } from "../lib/db/migrator";
import { prepareDatabase } from "../lib/db/prepare";

async function main() {
  let url = process.env.DATABASE_URL;
  const embedded = url
    ? undefined
    : await startEmbeddedPostgres({ dataDir: path.resolve(process.env.PGLITE_DIR ?? ".data/pglite") });
  url ??= embedded!.url;
  try {
    const { applied } = await prepareDatabase({ connectionString: url, log: (line) => console.log(line) });
    console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof MigrationError ? `error: ${error.message}` : error);
  process.exit(1);
});
