import {
  createDocument,
  type oas31,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from "zod-openapi";
import type { ApiOperation, ApiSuccess } from "./api-operation";
import { NAMED_SCHEMAS } from "./components";
import { errorResponsesOf, REQUEST_ID_HEADER, SHARED_HEADERS, ZApiError } from "./error-responses";
import { API_OPERATIONS, EXTERNAL_SCHEMAS } from "./registry";

// The OpenAPI 3.1 document of /api/v1, built from the registry (./registry.ts): pure, so
// a test can build and validate it without a server. Served by app/api/v1/openapi.json.

const DESCRIPTION = `The JSON API behind the MLOps Map app: everything the pages do, for scripts and other tools.

**Envelope.** A success is a JSON object keyed by what it carries (\`{ team }\`, \`{ projects }\`); 201 for
something created, 204 with no body for a delete. An error is \`{ error: { code, message, requestId, issues? } }\`
with the status the code always has (the codes are listed on each operation and in the README's "API errors"
table). Every response carries \`x-request-id\`. A method a route does not take is 405 \`method_not_allowed\`
with \`Allow\`; a path no route matches is 404 \`not_found\`.

**Access.** Another team's data is 404, a write your role does not allow is 403 \`forbidden\`. Writes with the
session cookie must come from the app's own pages (403 \`csrf_rejected\`).`;

const TAGS: oas31.TagObject[] = [
  { name: "Teams", description: "Teams and their profile (what recommendations are fitted to)." },
  { name: "Members", description: "Roles and skills of a team's members." },
  { name: "Invitations", description: "Links that let someone join a team." },
  { name: "Projects", description: "A team's projects." },
  { name: "Pipeline", description: "The ML/DEV/PROD pipeline diagram of a project." },
  { name: "Notebooks", description: "Notebook analysis: cells classified and grouped into steps." },
  { name: "Assessments", description: "MLOps maturity assessments." },
  { name: "Catalog", description: "The tool catalog." },
  { name: "Recommendations", description: "Gaps and the tools that fill them; the tech radar." },
  { name: "Choices", description: "Items chosen for the roadmap from assessments and recommendations." },
  { name: "Roadmap", description: "The roadmap board, its history and exports." },
  { name: "Meta", description: "This document." },
];

const SECURITY_SCHEMES: Record<string, oas31.SecuritySchemeObject> = {
  cookieAuth: {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description:
      "The browser session set by signing in (`__Secure-better-auth.session_token` over https). Writes with it must come from the app's pages.",
  },
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    description: "An API token (`Authorization: Bearer mm_…`), made in the app; for scripts.",
  },
};

export function buildOpenApiDocument(): oas31.OpenAPIObject {
  const paths: ZodOpenApiPathsObject = {};
  // Error responses are written once each in components.responses: inline, they were most of
  // the document, and the reference page took seconds longer to read it.
  const responses: Record<string, ZodOpenApiResponseObject> = {};
  for (const op of API_OPERATIONS) paths[op.path] = { ...paths[op.path], [op.method]: operationObject(op, responses) };
  return createDocument({
    openapi: "3.1.0",
    info: { title: "MLOps Map API", version: "1", description: DESCRIPTION },
    servers: [{ url: "/api/v1", description: "This server" }],
    security: [{ cookieAuth: [] }, { bearerAuth: [] }],
    tags: TAGS,
    paths,
    components: {
      securitySchemes: SECURITY_SCHEMES,
      headers: SHARED_HEADERS,
      responses,
      schemas: { ApiError: ZApiError, ...NAMED_SCHEMAS, ...EXTERNAL_SCHEMAS },
    },
  });
}

/** The operation; its error responses are added to `responses` and referenced. */
function operationObject(
  op: ApiOperation,
  responses: Record<string, ZodOpenApiResponseObject>,
): ZodOpenApiOperationObject {
  const errors = Object.entries(errorResponsesOf(op)).map(([status, { name, response }]) => {
    responses[name] = response;
    return [status, { $ref: `#/components/responses/${name}` }] as const;
  });
  const body = op.body;
  const limit = body?.kind === "json" ? `The JSON body is at most ${body.maxMb ?? 1} MB.` : "";
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: [op.description, limit].filter(Boolean).join("\n\n") || undefined,
    tags: [op.tag],
    ...(op.auth === "public" && { security: [] }),
    ...(op.auth === "session" && { security: [{ cookieAuth: [] }] }),
    requestParams: { ...(op.params && { path: op.params }), ...(op.query && { query: op.query }) },
    requestBody:
      body?.kind === "json"
        ? { required: true, content: { "application/json": { schema: body.schema } } }
        : body?.kind === "upload"
          ? { required: true, description: body.description, content: UPLOAD_CONTENT }
          : undefined,
    responses: {
      ...Object.fromEntries(op.responses.map((r) => [String(r.status), successResponse(r)])),
      ...Object.fromEntries(errors),
    },
  };
}

const UPLOAD_CONTENT = {
  "application/octet-stream": { schema: { type: "string", contentMediaType: "application/octet-stream" } },
  "multipart/form-data": {
    schema: {
      type: "object",
      properties: { file: { type: "string", contentMediaType: "application/octet-stream" } },
      required: ["file"],
    },
  },
} satisfies Record<string, { schema: oas31.SchemaObject }>;

function successResponse(r: ApiSuccess) {
  if (r.status === 204) return { description: r.description, headers: REQUEST_ID_HEADER };
  const mediaType = r.mediaType ?? "application/json";
  const headers = r.download ? { ...REQUEST_ID_HEADER, "content-disposition": CONTENT_DISPOSITION } : REQUEST_ID_HEADER;
  return {
    description: r.description,
    headers,
    content: { [mediaType]: { schema: r.schema ?? { type: "string" as const } } },
  };
}

const CONTENT_DISPOSITION: oas31.HeaderObject = {
  description: 'attachment; filename="…": a file to save.',
  schema: { type: "string" },
};
