import { z } from "zod";
import { okJson, type ApiOperation } from "./api-operation";

const ZOpenApiDocument = z
  .looseObject({ openapi: z.string(), info: z.looseObject({ title: z.string(), version: z.string() }) })
  .meta({ description: "An OpenAPI 3.1 document." });

export const metaOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This document",
    description: "Public: it describes the API and holds no data. The reference page is /api-reference.",
    tag: "Meta",
    auth: "public",
    responses: [okJson(ZOpenApiDocument)],
  },
];
