#!/bin/sh
# Stand-in for Prisma's schema-engine binary.
#
# Prisma downloads that binary on first use, and this project's machines can reach only
# the npm registry, so the download fails. `prisma generate` does not use the schema
# engine but refuses to start unless PRISMA_SCHEMA_ENGINE_BINARY names an executable:
# package.json points it here. `prisma migrate` and `prisma db push` do need the real
# engine, so they cannot run here; migrations are hand-written SQL in
# prisma/migrations and applied by `npm run db:migrate` (scripts/migrate.ts).
echo "schema-engine stub: Prisma's schema engine is not available on this machine." >&2
echo "Use 'npm run db:migrate' to apply prisma/migrations (see README)." >&2
exit 1
