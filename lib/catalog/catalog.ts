import type { TCatalogTool } from "./schema";
import { CICD_TOOLS } from "./tools-cicd";
import { DEV_TOOLS } from "./tools-dev";
import { ML_TOOLS } from "./tools-ml";
import { OBSERVE_TOOLS } from "./tools-observe";
import { PIPELINE_TOOLS } from "./tools-pipelines";
import { PLATFORM_TOOLS } from "./tools-platforms";
import { PROD_TOOLS } from "./tools-prod";

// The curated tool catalog, in one order (by phase, then as listed in each file). The
// migration runner upserts it into the Tool table (lib/db/catalog-sync.ts); the API serves
// the table, and pure code (the recommender, skills matching) reads it from here.

export const CATALOG: readonly TCatalogTool[] = Object.freeze([
  ...ML_TOOLS,
  ...PLATFORM_TOOLS,
  ...PIPELINE_TOOLS,
  ...DEV_TOOLS,
  ...CICD_TOOLS,
  ...PROD_TOOLS,
  ...OBSERVE_TOOLS,
]);

export const CATALOG_SLUGS: readonly string[] = Object.freeze(CATALOG.map((tool) => tool.slug));

const BY_SLUG = new Map(CATALOG.map((tool) => [tool.slug, tool]));

export function toolBySlug(slug: string): TCatalogTool | undefined {
  return BY_SLUG.get(slug);
}

export function isCatalogSlug(slug: string): boolean {
  return BY_SLUG.has(slug);
}
