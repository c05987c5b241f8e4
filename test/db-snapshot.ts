import { getDb, sqlName } from "@/lib/server/db";

/** Every row of the given tables, in a stable order, as comparable JSON (BigInt and Date included). */
export async function snapshotTables(tables: readonly string[]): Promise<Record<string, string>> {
  const db = getDb();
  const out: Record<string, string> = {};
  for (const table of tables) {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM ${sqlName(table)}`);
    const lines = rows.map((row) =>
      JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value)),
    );
    out[table] = lines.sort().join("\n");
  }
  return out;
}
