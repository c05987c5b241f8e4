import { toolBySlug } from "@/lib/catalog/catalog";

/** A catalog tool's display name; the slug itself for one the catalog no longer has. */
export function toolName(slug: string): string {
  return toolBySlug(slug)?.name ?? slug;
}
