import { z } from "zod";
import type { CatalogFilter } from "@/lib/catalog/filter";
import { HOSTINGS, LICENCE_KINDS, ZCatalogTool } from "@/lib/catalog/schema";
import { COMPONENT_IDS } from "@/lib/pipeline/components";
import { PHASES } from "@/lib/pipeline/types";
import { LANGUAGES } from "@/lib/teams/profile";
import { safeText } from "./text";

// The wire contract of the tool catalog: GET /api/v1/catalog's query and both answers.
// The catalog page and the CLI take the same filters.

export const MAX_CATALOG_QUERY = 100;

const choice = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(", ")}.` }).optional();

/** Each filter on its own (the catalog page reads the address's filters one by one). */
export const CATALOG_FILTERS = {
  component: choice("component", COMPONENT_IDS),
  phase: choice("phase", PHASES),
  hosting: choice("hosting", HOSTINGS),
  licence: choice("licence", LICENCE_KINDS),
  language: choice("language", LANGUAGES),
  q: safeText("q", z.string().max(MAX_CATALOG_QUERY, `q is at most ${MAX_CATALOG_QUERY} characters.`)).optional(),
};

/** Filters, all optional; an empty value counts as absent (a form's empty select). */
export const ZCatalogQuery = z.preprocess(
  (input) =>
    input && typeof input === "object"
      ? Object.fromEntries(Object.entries(input).filter(([, value]) => value !== "" && value !== undefined))
      : input,
  z.strictObject(CATALOG_FILTERS, {
    error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown filter: ${issue.keys.join(", ")}.` : undefined),
  }),
);
export type TCatalogQuery = z.infer<typeof ZCatalogQuery>;

/** A query string as the object ZCatalogQuery reads; a repeated parameter stays an array, and is refused. */
export function catalogQueryInput(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/**
 * The catalog page's address, each filter validated on its own: one the page does not
 * understand is dropped and named (the page says so), the others kept.
 */
export function catalogFilterFromParams(params: Record<string, string | string[] | undefined>): {
  filter: CatalogFilter;
  ignored: string[];
} {
  const filter: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, schema] of Object.entries(CATALOG_FILTERS)) {
    const value = params[key];
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filter[key] = parsed.data;
    else ignored.push(key);
  }
  return { filter: filter as CatalogFilter, ignored };
}

export const ZCatalogToolResponse = ZCatalogTool;
export type TCatalogToolResponse = z.infer<typeof ZCatalogToolResponse>;

export const ZCatalogResponse = z.strictObject({ tools: z.array(ZCatalogTool) });
export type TCatalogResponse = z.infer<typeof ZCatalogResponse>;

export const ZCatalogToolDetailResponse = z.strictObject({ tool: ZCatalogTool });
export type TCatalogToolDetailResponse = z.infer<typeof ZCatalogToolDetailResponse>;

export const ZToolSlugParams = z.object({
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "slug is lower-case words joined by hyphens."),
});
