import { syncCatalog, type CatalogSyncResult } from "./catalog-sync";
import { convertLegacySkills, type ConversionResult } from "./convert-legacy-skills";
import { migrate, type MigrateOptions } from "./migrator";

// Everything a database needs before the app serves it: the SQL migrations, then the data
// the repository curates (the tool catalog). Every place that migrates calls this —
// `npm run db:migrate`, `npm run dev`/`start` (scripts/serve.ts, and so the e2e server),
// the integration tests' per-file schema and the benchmarks — so the catalog is present
// wherever the migrations are. migrate() itself stays generic: its tests use other folders.
// Then the one-time data step that needs the catalog's rows: free-text skills of before
// the catalog become structured ones (a no-op once done).

export type PrepareResult = { applied: string[]; catalog: CatalogSyncResult; legacySkills: ConversionResult };

export async function prepareDatabase(options: MigrateOptions): Promise<PrepareResult> {
  const applied = await migrate(options);
  const catalog = await syncCatalog({ connectionString: options.connectionString, schema: options.schema });
  const log = options.log ?? (() => {});
  const { inserted, updated, deleted } = catalog;
  if (inserted.length + updated.length + deleted.length > 0) {
    log(`catalog: ${inserted.length} tool(s) added, ${updated.length} updated, ${deleted.length} removed`);
  }
  const legacySkills = await convertLegacySkills({
    connectionString: options.connectionString,
    schema: options.schema,
  });
  if (legacySkills.memberships > 0) {
    log(
      `skills: ${legacySkills.memberships} member(s) converted from free text, ${legacySkills.tools} tool(s) recognised`,
    );
  }
  return { applied, catalog, legacySkills };
}
