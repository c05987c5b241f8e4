// The image's migration step (bundled into .next/standalone/migrate.mjs by
// scripts/standalone-prepare.mjs): the same prepareDatabase() as `npm run db:migrate`, but
// without tsx or PGlite. The image has no embedded database, so DATABASE_URL is required.
// Runs as the first step of start.mjs (compose, `docker run`) and as the Kubernetes
// initContainer; two runners at once are safe (the migrator's advisory lock).
import { MigrationError } from "../../lib/db/migrator";
import { prepareDatabase } from "../../lib/db/prepare";
import { ZServerEnv } from "../../lib/env";

const url = ZServerEnv.shape.DATABASE_URL.safeParse(process.env.DATABASE_URL || undefined);
if (!url.success || !url.data) {
  console.error(
    `[migrate] DATABASE_URL ${url.success ? "is not set" : url.error.issues[0]?.message}: the image has no embedded database; give it a postgresql:// URL.`,
  );
  process.exit(1);
}

try {
  const { applied } = await prepareDatabase({
    connectionString: url.data,
    log: (line) => console.log(`[migrate] ${line}`),
  });
  console.log(applied.length ? `[migrate] ${applied.length} migration(s) applied` : "[migrate] database is up to date");
} catch (error) {
  console.error(error instanceof MigrationError ? `[migrate] error: ${error.message}` : error);
  process.exit(1);
}
