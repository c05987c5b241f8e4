import pg from "pg";
import { CATALOG } from "../catalog/catalog";
import { sameRow, TOOL_COLUMNS, toolToRow, type ToolRow } from "../catalog/rows";
import type { TCatalogTool } from "../catalog/schema";

// Upserts the curated catalog (lib/catalog/) into the Tool table after the SQL migrations:
// new tools are inserted, changed ones updated, tools no longer in the data deleted (rows
// that reference a tool, such as member skills, cascade), all in one transaction. A row
// that already matches is not written, so a restart with unchanged data writes nothing.

/** Its own advisory lock, so two app instances starting together do not sync at once. */
const CATALOG_SYNC_LOCK_KEY = 72707370;

export type CatalogSyncOptions = {
  connectionString: string;
  /** PostgreSQL schema holding the Tool table; default: the connection's search_path. */
  schema?: string;
  /** The tools to store; default: the catalog. Tests pass edited copies. */
  tools?: readonly TCatalogTool[];
};

export type CatalogSyncResult = { inserted: string[]; updated: string[]; deleted: string[] };

export async function syncCatalog(options: CatalogSyncOptions): Promise<CatalogSyncResult> {
  const wanted = (options.tools ?? CATALOG).map((tool, index) => toolToRow(tool, index));
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    try {
      await client.query("SELECT pg_advisory_xact_lock($1)", [CATALOG_SYNC_LOCK_KEY]);
      // SET LOCAL: PGlite shares one session between connections (see migrator.ts).
      if (options.schema) await client.query(`SET LOCAL search_path TO ${pg.escapeIdentifier(options.schema)}`);
      const result = await writeDifferences(client, wanted);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}

const COLUMN_LIST = TOOL_COLUMNS.map((c) => pg.escapeIdentifier(c)).join(", ");
const PLACEHOLDERS = TOOL_COLUMNS.map((_, i) => `$${i + 1}`).join(", ");
const UPDATES = TOOL_COLUMNS.filter((c) => c !== "slug")
  .map((c) => `${pg.escapeIdentifier(c)} = EXCLUDED.${pg.escapeIdentifier(c)}`)
  .join(", ");
const UPSERT = `INSERT INTO "Tool" (${COLUMN_LIST}, "updatedAt") VALUES (${PLACEHOLDERS}, now())
  ON CONFLICT ("slug") DO UPDATE SET ${UPDATES}, "updatedAt" = now()`;

async function writeDifferences(client: pg.Client, wanted: ToolRow[]): Promise<CatalogSyncResult> {
  const { rows } = await client.query<ToolRow>(`SELECT ${COLUMN_LIST} FROM "Tool"`);
  const stored = new Map(rows.map((row) => [row.slug, row]));
  const result: CatalogSyncResult = { inserted: [], updated: [], deleted: [] };
  for (const row of wanted) {
    const current = stored.get(row.slug);
    if (current && sameRow(current, row)) continue;
    await client.query(
      UPSERT,
      TOOL_COLUMNS.map((c) => row[c]),
    );
    (current ? result.updated : result.inserted).push(row.slug);
  }
  const keep = new Set(wanted.map((row) => row.slug));
  result.deleted = rows.map((row) => row.slug).filter((slug) => !keep.has(slug));
  if (result.deleted.length) await client.query(`DELETE FROM "Tool" WHERE "slug" = ANY($1::text[])`, [result.deleted]);
  return result;
}
