import "server-only";
import { filterCatalog } from "@/lib/catalog/filter";
import { rowToTool } from "@/lib/catalog/rows";
import type { TCatalogTool } from "@/lib/catalog/schema";
import { ZCatalogQuery, ZCatalogToolResponse } from "@/lib/validation/catalog";
import { getDb } from "./db";
import { NotFoundError } from "./errors";

// The tool catalog as stored in the Tool table (written by the migration runner's sync),
// so the API serves what the database holds. Public data: any signed-in user may read it.

/** Every stored tool, in catalog order, each checked against the tool shape. */
export async function listStoredTools(): Promise<TCatalogTool[]> {
  const rows = await getDb().tool.findMany({ orderBy: { sortOrder: "asc" } });
  return rows.map((row) => ZCatalogToolResponse.parse(rowToTool(row)));
}

/** The tools passing the filters in `query` (validated here: a bad filter is a 422 naming it). */
export async function listCatalog(query: unknown): Promise<TCatalogTool[]> {
  const filter = ZCatalogQuery.parse(query);
  return filterCatalog(await listStoredTools(), filter);
}

export async function getCatalogTool(slug: string): Promise<TCatalogTool> {
  const row = await getDb().tool.findUnique({ where: { slug } });
  if (!row) throw new NotFoundError("Tool");
  return ZCatalogToolResponse.parse(rowToTool(row));
}
