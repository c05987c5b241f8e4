import { CATALOG } from "@/lib/catalog/catalog";

const NAMES = new Map(CATALOG.map((tool) => [tool.slug, tool.name]));

/** A catalog tool's display name; the slug itself for one the catalog no longer has. */
export function toolName(slug: string): string {
  return NAMES.get(slug) ?? slug;
}
