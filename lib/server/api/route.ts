import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { appOrigins, checkRequestOrigin, type RequestCredentials } from "@/lib/security/origin-policy";
import { hasAuthorizationHeader } from "@/lib/tokens/bearer";
import { grantRefusesMethod } from "@/lib/tokens/token-grant";
import { AppError, CsrfRejectedError, ForbiddenError, UnsupportedMediaTypeError } from "../errors";
import { apiRoutePattern, observeRoute } from "../observability/observe-route";
import { currentRequest } from "../observability/request-context";
import { actingWithToken } from "../request-token";
import { requireApiUser, type SessionUser } from "../session";
import { handleApiError } from "./handle-error";
import { mediaTypeOf } from "./media-type";
import { readCapped } from "./read-capped";
import { requestIdOf } from "./request-id";
import { decodeUtf8 } from "./utf8";

const MAX_JSON_BYTES = 1_000_000;

// The envelope, for every /api/v1 response: a success is a JSON object whose keys name
// what they carry (`{ team }`, `{ projects }`, `{ pipeline, addedNodeIds }`), never a bare
// array or value, so a field can be added without breaking clients; 200 by default, 201
// through `created(...)`, 204 with no body for null. An error is
// `{ error: { code, message, requestId, issues? } }` (./handle-error.ts). Every response
// carries `x-request-id`.

/** A success body: an object keyed by what it carries (arrays and other values do not fit). */
export type SuccessBody = { [key: string]: unknown };

const CREATED = Symbol("created");
type Created = { [CREATED]: SuccessBody };

/** The answer of a route that creates something: 201 with `body`. */
export function created(body: SuccessBody): Created {
  return { [CREATED]: body };
}

const ENCODED = Symbol("encoded");
type Encoded = { [ENCODED]: Uint8Array<ArrayBuffer> };

/**
 * A success body (an object, as above) already encoded as JSON off the request thread (the
 * notebook worker): sent as it is, 200, so a large answer is not parsed and encoded again.
 */
export function encodedJson(bytes: Uint8Array<ArrayBuffer>): Encoded {
  return { [ENCODED]: bytes };
}

const FILE = Symbol("file");
type FileBody = { [FILE]: { body: string | Uint8Array<ArrayBuffer>; contentType: string; filename: string } };

/**
 * A file to download (e.g. the tech radar's CSV): 200 with its media type and
 * `Content-Disposition: attachment`. `filename` must be plain ASCII (callers build it from a slug).
 */
export function fileDownload(body: string | Uint8Array<ArrayBuffer>, contentType: string, filename: string): FileBody {
  if (!/^[A-Za-z0-9._-]+$/.test(filename)) throw new Error(`Unsafe download file name ${filename}`);
  return { [FILE]: { body, contentType, filename } };
}

type Handler<P> = (ctx: {
  request: NextRequest;
  params: P;
  user: SessionUser;
  requestId: string;
}) => Promise<SuccessBody | Created | Encoded | FileBody | null>;

/**
 * Wraps a route handler: a request with an Authorization header is authenticated by its API
 * token alone (401 token_invalid otherwise; a read-only token's write is 403); any other
 * needs a session (401 otherwise) and, for a write, must come from the app's own pages (403).
 * Params are validated with `paramsSchema` (422), the result is sent in the envelope above,
 * and every error goes through handleApiError.
 */
export function authedRoute<S extends z.ZodType>(paramsSchema: S, handler: Handler<z.infer<S>>) {
  // Counted, timed and logged under its route pattern (lib/server/observability/observe-route.ts).
  return observeRoute({ route: apiRoutePattern }, answerAuthed(paramsSchema, handler));
}

function answerAuthed<S extends z.ZodType>(paramsSchema: S, handler: Handler<z.infer<S>>) {
  return async (request: NextRequest, context: { params: Promise<unknown> }) => {
    const requestId = requestIdOf(request.headers);
    try {
      // With an Authorization header the cookie is never read (requireApiUser), so such a
      // request skips the origin check: browsers do not attach tokens on their own.
      const credentials: RequestCredentials = hasAuthorizationHeader(request.headers)
        ? "bearer-token"
        : "session-cookie";
      assertFromOwnPages(request, credentials);
      const user = await requireApiUser(request);
      // Every use of a token is attributable: writes in the audit trail (actingWithToken below),
      // every request, reads too, by the token id on its log lines (the access log among them).
      const logged = currentRequest();
      if (logged && user.token) logged.apiTokenId = user.token.id;
      if (grantRefusesMethod(user.token, request.method))
        throw new ForbiddenError("This API token is read-only (its ceiling is VIEWER); it cannot change anything.");
      // Routes without dynamic segments get no params at all.
      const params = paramsSchema.parse((await context?.params) ?? {});
      const result = await actingWithToken(user.token?.id, () => handler({ request, params, user, requestId }));
      const headers = { "x-request-id": requestId };
      if (result === null) return new NextResponse(null, { status: 204, headers });
      if (CREATED in result) return NextResponse.json(result[CREATED], { status: 201, headers });
      if (FILE in result) {
        const { body, contentType, filename } = result[FILE];
        return new NextResponse(body, {
          headers: {
            ...headers,
            "content-type": contentType,
            "content-disposition": `attachment; filename="${filename}"`,
          },
        });
      }
      if (ENCODED in result)
        return new NextResponse(result[ENCODED], { headers: { ...headers, "content-type": "application/json" } });
      return NextResponse.json(result, { headers });
    } catch (error) {
      return handleApiError(error, requestId, { method: request.method, path: request.nextUrl.pathname });
    }
  };
}

/** Reads a JSON body: not sent as application/json is 415, over `maxBytes` (1 MB) is 413, unparsable is 400; validation is the caller's (zod, 422). */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  if (mediaTypeOf(request) !== "application/json")
    throw new UnsupportedMediaTypeError("Send the body as JSON, with Content-Type: application/json.");
  const tooLarge = () =>
    new AppError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1_000_000)} MB.`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge();
  const text = decodeUtf8(await readCapped(request, maxBytes, tooLarge));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
}

/** Refuses a cookie-authenticated write that did not come from the app's own pages (lib/security/origin-policy.ts). */
function assertFromOwnPages(request: NextRequest, credentials: RequestCredentials) {
  const origins = appOrigins({
    publicUrl: process.env.BETTER_AUTH_URL || undefined,
    requestUrl: new URL(request.url),
    host: request.headers.get("host"),
  });
  const verdict = checkRequestOrigin({
    method: request.method,
    headers: request.headers,
    credentials,
    appOrigins: origins,
  });
  if (!verdict.allowed) throw new CsrfRejectedError(verdict.message);
}
