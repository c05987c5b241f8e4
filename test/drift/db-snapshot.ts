import pg from "pg";

// What the migrated database has, read from the PostgreSQL catalogs.
export type DbColumn = {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  is_nullable: "YES" | "NO";
  column_default: string | null;
  datetime_precision: number | null;
  character_maximum_length: number | null;
  numeric_precision: number | null;
  numeric_scale: number | null;
  /** to_jsonb(column_default), evaluated in the database; undefined for sequences or if it failed. */
  default_value?: unknown;
};

export type DbIndex = {
  table_name: string;
  name: string;
  columns: string[];
  is_unique: boolean;
  is_primary: boolean;
  is_partial: boolean;
  has_expressions: boolean;
  options: number[];
  method: string;
};

export type DbForeignKey = {
  table_name: string;
  name: string;
  columns: string[];
  ref_schema: string;
  ref_table: string;
  ref_columns: string[];
  on_delete: string;
  on_update: string;
};

export type Snapshot = {
  schema: string;
  tables: string[];
  columns: DbColumn[];
  enums: Map<string, string[]>;
  indexes: DbIndex[];
  foreignKeys: DbForeignKey[];
};

export async function readSnapshot(client: pg.Client, schema: string): Promise<Snapshot> {
  // One transaction with its own search_path: defaults are deparsed and evaluated
  // against the same search_path, even on PGlite where connections share one session.
  await client.query("BEGIN");
  try {
    await client.query(`SET LOCAL search_path TO ${pg.escapeIdentifier(schema)}, pg_catalog`);
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`,
      [schema],
    );
    const columns = await client.query<DbColumn>(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
              datetime_precision::int, character_maximum_length::int, numeric_precision::int, numeric_scale::int
       FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
      [schema],
    );
    const enums = await client.query<{ name: string; label: string }>(
      `SELECT t.typname::text AS name, e.enumlabel::text AS label
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
       WHERE n.nspname = $1 ORDER BY t.typname, e.enumsortorder`,
      [schema],
    );
    const indexes = await client.query<DbIndex>(
      `SELECT c.relname::text AS table_name, i.relname::text AS name,
              array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
              x.indisunique AS is_unique, x.indisprimary AS is_primary, x.indpred IS NOT NULL AS is_partial,
              (0 = ANY (x.indkey::int2[]) OR x.indexprs IS NOT NULL) AS has_expressions,
              x.indoption::int2[] AS options, am.amname::text AS method
       FROM pg_index x
       JOIN pg_class c ON c.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam
       WHERE n.nspname = $1 ORDER BY c.relname, i.relname`,
      [schema],
    );
    const foreignKeys = await client.query<DbForeignKey>(
      `SELECT c.relname::text AS table_name, con.conname::text AS name,
              array(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
              rn.nspname::text AS ref_schema, rc.relname::text AS ref_table,
              array(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns,
              con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
       FROM pg_constraint con
       JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_class rc ON rc.oid = con.confrelid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
       WHERE con.contype = 'f' AND n.nspname = $1 ORDER BY c.relname, con.conname`,
      [schema],
    );
    // Evaluate literal defaults in the database, so '{}'::jsonb, ARRAY[]::text[] and
    // 'MEMBER'::"TeamRole" compare by value rather than by spelling.
    for (const column of columns.rows) {
      if (column.column_default === null || /nextval\(/i.test(column.column_default)) continue;
      await client.query("SAVEPOINT default_value");
      try {
        const { rows } = await client.query<{ v: unknown }>(`SELECT to_jsonb(${column.column_default}) AS v`);
        column.default_value = rows[0]!.v;
        await client.query("RELEASE SAVEPOINT default_value");
      } catch {
        await client.query("ROLLBACK TO SAVEPOINT default_value");
      }
    }
    const enumMap = new Map<string, string[]>();
    for (const { name, label } of enums.rows) enumMap.set(name, [...(enumMap.get(name) ?? []), label]);
    return {
      schema,
      tables: tables.rows.map((r) => r.table_name),
      columns: columns.rows,
      enums: enumMap,
      indexes: indexes.rows,
      foreignKeys: foreignKeys.rows,
    };
  } finally {
    await client.query("COMMIT");
  }
}

// ---------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------
