import { z } from "zod";
import type { oas31, ZodOpenApiResponseObject } from "zod-openapi";
import { NOTEBOOK_ERROR_CODES } from "@/lib/notebook/errors";
import { answersRetryAfter, ERROR_CODES, type ErrorCode } from "@/lib/server/errors";
import type { ApiOperation } from "./api-operation";

// Which errors an operation can answer, and how they are written in the document. Most
// follow from the operation's shape, as the wrapper (lib/server/api/route.ts) gives them to
// every route alike; an area file names only the ones its service adds (forbidden, conflicts).

/** The notebook upload problems (lib/notebook/errors.ts), for the routes that analyse a file. */
export const NOTEBOOK_UPLOAD_ERRORS: readonly ErrorCode[] = NOTEBOOK_ERROR_CODES;

/** Every error the operation can give, in ERROR_CODES order. */
export function errorCodesOf(op: ApiOperation): ErrorCode[] {
  const codes = new Set<ErrorCode>(["internal_error"]);
  if (op.auth !== "public") {
    // A session or token is looked up in the database, which may be down.
    codes.add("unauthorized").add("service_unavailable");
    if (op.method !== "get") codes.add("csrf_rejected");
  }
  if (op.params || op.query) codes.add("invalid_input");
  if (op.params) codes.add("not_found");
  if (op.body?.kind === "json")
    codes.add("unsupported_media_type").add("payload_too_large").add("invalid_json").add("invalid_input");
  if (op.body?.kind === "upload") codes.add("unsupported_media_type").add("payload_too_large").add("invalid_upload");
  for (const code of op.errors ?? []) codes.add(code);
  const order = Object.keys(ERROR_CODES) as ErrorCode[];
  return [...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/**
 * The error responses, one per status, each listing its codes and what they mean, with the
 * name it has in components.responses (the same codes under a status are written once).
 */
export function errorResponsesOf(
  op: ApiOperation,
): Record<string, { name: string; response: ZodOpenApiResponseObject }> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(op)) {
    const { status } = ERROR_CODES[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, codes]) => [
        String(status),
        { name: `${status}-${codes.join("-")}`, response: errorResponse(status, codes) },
      ]),
  );
}

function errorResponse(status: number, codes: ErrorCode[]): ZodOpenApiResponseObject {
  const description = codes.map((code) => `\`${code}\`: ${ERROR_CODES[code].meaning}`).join("\n\n");
  // The shared envelope, its `code` narrowed to this status's codes.
  const schema: oas31.SchemaObject = {
    allOf: [
      { $ref: "#/components/schemas/ApiError" },
      { type: "object", properties: { error: { type: "object", properties: { code: { enum: codes } } } } },
    ],
  };
  return {
    description,
    headers: answersRetryAfter(status) ? { ...REQUEST_ID_HEADER, ...RETRY_AFTER_HEADER } : REQUEST_ID_HEADER,
    content: { "application/json": { schema } },
  };
}

/** The one error shape (lib/server/api/handle-error.ts), as components.schemas.ApiError. */
export const ZApiError = z.strictObject({
  error: z
    .looseObject({
      code: z
        .string()
        .meta({ description: "One of the codes listed on the response; the README's table has them all." }),
      message: z.string().meta({ description: "One line a person can read." }),
      requestId: z.string().meta({ description: "Also in the x-request-id header; the server log has the details." }),
      issues: z
        .array(z.strictObject({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: "For invalid_input: each problem, by its path in the body, query or params." }),
    })
    .meta({
      description:
        "Some codes add fields: `current` (the saved state) on a 409, `fields` on roadmap_item_conflict, `conflicts` on a pipeline save.",
    }),
});

/** Headers written once in components.headers and referenced by every response. */
export const SHARED_HEADERS: Record<string, oas31.HeaderObject> = {
  RequestId: {
    description: "The request's id (the client's own x-request-id when it sent one): quote it in a report.",
    required: true,
    schema: { type: "string" },
  },
  RetryAfter: { description: "Seconds to wait before trying again.", required: true, schema: { type: "string" } },
};

export const REQUEST_ID_HEADER: oas31.HeadersObject = { "x-request-id": { $ref: "#/components/headers/RequestId" } };
const RETRY_AFTER_HEADER: oas31.HeadersObject = { "retry-after": { $ref: "#/components/headers/RetryAfter" } };
