import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CATALOG, CATALOG_SLUGS } from "../catalog/catalog";
import { rowToTool, TOOL_COLUMNS, type ToolRow } from "../catalog/rows";
import { ZCatalogTool } from "../catalog/schema";
import { syncCatalog } from "./catalog-sync";
import { migrate } from "./migrator";
import { prepareDatabase } from "./prepare";

// The catalog sync against a real database: each test migrates a schema of its own.

const url = inject("databaseUrl");
const client = new pg.Client({ connectionString: url });
const schemas: string[] = [];

beforeAll(() => client.connect());
afterAll(async () => {
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
  await client.end();
});

async function freshSchema(): Promise<string> {
  const schema = `catalog_${randomBytes(5).toString("hex")}`;
  schemas.push(schema);
  await migrate({ connectionString: url, schema });
  return schema;
}

type StoredRow = ToolRow & { updatedAt: Date };

async function storedRows(schema: string): Promise<StoredRow[]> {
  const columns = [...TOOL_COLUMNS, "updatedAt"].map((c) => pg.escapeIdentifier(c)).join(", ");
  const { rows } = await client.query<StoredRow>(
    `SELECT ${columns} FROM ${pg.escapeIdentifier(schema)}."Tool" ORDER BY "sortOrder"`,
  );
  return rows;
}

describe("syncCatalog", () => {
  it("inserts every tool into an empty table, and the rows read back as the data", async () => {
    const schema = await freshSchema();
    const result = await syncCatalog({ connectionString: url, schema });
    expect(result).toEqual({ inserted: [...CATALOG_SLUGS], updated: [], deleted: [] });

    const rows = await storedRows(schema);
    expect(rows.map((r) => r.slug)).toEqual(CATALOG_SLUGS);
    rows.forEach((row, index) => {
      const tool = ZCatalogTool.parse(rowToTool(row));
      expect(tool).toEqual(CATALOG[index]);
    });
  });

  it("writes nothing the second time: same rows, same timestamps", async () => {
    const schema = await freshSchema();
    await syncCatalog({ connectionString: url, schema });
    const before = await storedRows(schema);
    const { rows: xminBefore } = await client.query<{ xmin: string }>(
      `SELECT xmin::text FROM ${pg.escapeIdentifier(schema)}."Tool" ORDER BY "sortOrder"`,
    );

    expect(await syncCatalog({ connectionString: url, schema })).toEqual({ inserted: [], updated: [], deleted: [] });
    expect(await storedRows(schema)).toEqual(before);
    // xmin changes with any write to a row, even one that sets the same values.
    const { rows: xminAfter } = await client.query<{ xmin: string }>(
      `SELECT xmin::text FROM ${pg.escapeIdentifier(schema)}."Tool" ORDER BY "sortOrder"`,
    );
    expect(xminAfter).toEqual(xminBefore);
  });

  it("updates a changed tool and deletes one no longer in the data, leaving the rest alone", async () => {
    const schema = await freshSchema();
    await syncCatalog({ connectionString: url, schema });
    const before = new Map((await storedRows(schema)).map((r) => [r.slug, r]));

    const [first, second, ...rest] = CATALOG;
    const edited = { ...second!, description: `${second!.description} (edited for a test)` };
    const result = await syncCatalog({ connectionString: url, schema, tools: [edited, ...rest] });
    expect(result).toEqual({ inserted: [], updated: CATALOG_SLUGS.slice(1), deleted: [first!.slug] });

    const after = await storedRows(schema);
    expect(after.map((r) => r.slug)).toEqual(CATALOG_SLUGS.slice(1));
    expect(after[0]!.description).toBe(edited.description);
    expect(after[0]!.updatedAt.getTime()).toBeGreaterThanOrEqual(before.get(edited.slug)!.updatedAt.getTime());
  });

  it("changes nothing when the data is invalid for the table (one transaction)", async () => {
    const schema = await freshSchema();
    await syncCatalog({ connectionString: url, schema });
    const before = await storedRows(schema);
    const broken = { ...CATALOG[1]!, name: null as unknown as string };
    await expect(syncCatalog({ connectionString: url, schema, tools: [broken, CATALOG[2]!] })).rejects.toThrow();
    expect(await storedRows(schema)).toEqual(before);
  });
});

describe("prepareDatabase", () => {
  it("migrates and stores the catalog; running again applies and writes nothing", async () => {
    const schema = `catalog_${randomBytes(5).toString("hex")}`;
    schemas.push(schema);
    const lines: string[] = [];
    const first = await prepareDatabase({ connectionString: url, schema, log: (line) => lines.push(line) });
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.catalog.inserted).toHaveLength(CATALOG.length);
    expect(lines.at(-1)).toBe(`catalog: ${CATALOG.length} tool(s) added, 0 updated, 0 removed`);

    const again = await prepareDatabase({ connectionString: url, schema });
    expect(again).toEqual({
      applied: [],
      catalog: { inserted: [], updated: [], deleted: [] },
      legacySkills: { memberships: 0, tools: 0 },
    });
  });
});
