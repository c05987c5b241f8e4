import { z } from "zod";
import {
  CATALOG_FILTERS,
  ZCatalogResponse,
  ZCatalogToolDetailResponse,
  ZToolSlugParams,
} from "@/lib/validation/catalog";
import { okJson, type ApiOperation } from "./api-operation";

const tag = "Catalog";

export const catalogOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/catalog",
    operationId: "listCatalog",
    summary: "List catalog tools",
    description: "Every filter is optional; an empty value counts as absent, an unknown filter is 422.",
    tag,
    // ZCatalogQuery is these filters behind a step that drops empty values; the parameters are the filters.
    query: z.strictObject(CATALOG_FILTERS),
    responses: [okJson(ZCatalogResponse)],
    errors: ["invalid_input"],
  },
  {
    method: "get",
    path: "/catalog/{slug}",
    operationId: "getCatalogTool",
    summary: "Read a catalog tool",
    tag,
    params: ZToolSlugParams,
    responses: [okJson(ZCatalogToolDetailResponse)],
  },
];
