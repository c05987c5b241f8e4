import type { z } from "zod";
import type { ErrorCode } from "@/lib/server/errors";

// One documented /api/v1 operation, as data: the area files (./paths-*.ts) list these and
// ./document.ts turns them into OpenAPI. Schemas are the zod schemas the routes parse with
// (lib/validation/*), so the document cannot drift from what the server accepts.

export type ApiMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * A schema kept outside this document (e.g. the backup format's JSON Schema): referenced by
 * URL, never copied, so its owner publishes it once.
 */
export type ExternalSchema = { $ref: string; description?: string };

export type ApiBody =
  /** A JSON body; `maxMb` when the route reads more than the default 1 MB. */
  | { kind: "json"; schema: z.ZodType; maxMb?: number }
  /** A file, raw or as multipart field "file" (lib/server/api/read-upload.ts). */
  | { kind: "upload"; description: string };

export type ApiSuccess = {
  status: 200 | 201 | 204;
  description: string;
  /** JSON by default; a download names its media type. Absent for 204. */
  schema?: z.ZodType | ExternalSchema;
  mediaType?: string;
  /** A file download: sent with Content-Disposition: attachment. */
  download?: boolean;
};

/**
 * Who may call it: "any" (session cookie or API token: the default), "session" (only the
 * browser session, e.g. the token management routes), "public" (no credentials at all).
 */
export type ApiAuth = "any" | "session" | "public";

export type ApiOperation = {
  method: ApiMethod;
  /** The OpenAPI path under /api/v1, folder names with `[x]` written `{x}`. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  auth?: ApiAuth;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: ApiBody;
  responses: ApiSuccess[];
  /**
   * Errors this operation can give beyond those that follow from its shape (every
   * authenticated route can answer 401, one with params 404 and 422, a write 403
   * csrf_rejected, a JSON body 400/413/415/422, all 500 and 503): see ./error-responses.ts.
   */
  errors?: ErrorCode[];
};

/** 200 with a JSON body. */
export const okJson = (schema: z.ZodType, description = "OK."): ApiSuccess => ({ status: 200, description, schema });

/** 201 with a JSON body: the thing made now. */
export const createdJson = (schema: z.ZodType, description = "Created."): ApiSuccess => ({
  status: 201,
  description,
  schema,
});

export const NO_CONTENT: ApiSuccess = { status: 204, description: "Done; no body." };

/** A file to download (Content-Disposition: attachment). */
export const download = (mediaType: string, description: string, schema?: z.ZodType): ApiSuccess => ({
  status: 200,
  description,
  mediaType,
  schema,
  download: true,
});
