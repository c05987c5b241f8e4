import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { AppError } from "../errors";
import { requireApiUser, type SessionUser } from "../session";
import { handleApiError } from "./handle-error";
import { readCapped } from "./read-capped";
import { decodeUtf8 } from "./utf8";

const MAX_JSON_BYTES = 1_000_000;

type Handler<P> = (ctx: { request: NextRequest; params: P; user: SessionUser; requestId: string }) => Promise<unknown>;

/**
 * Wraps a route handler: a session is required (401 otherwise), params are validated
 * with `paramsSchema` (422), the result is sent as JSON (null → 204), and every error
 * goes through handleApiError.
 */
export function authedRoute<S extends z.ZodType>(paramsSchema: S, handler: Handler<z.infer<S>>) {
  return async (request: NextRequest, context: { params: Promise<unknown> }) => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    try {
      const user = await requireApiUser(request);
      // Routes without dynamic segments get no params at all.
      const params = paramsSchema.parse((await context?.params) ?? {});
      const result = await handler({ request, params, user, requestId });
      if (result instanceof Response) return result;
      if (result === null || result === undefined) return new NextResponse(null, { status: 204, headers: { "x-request-id": requestId } });
      return NextResponse.json(result, { headers: { "x-request-id": requestId } });
    } catch (error) {
      return handleApiError(error, requestId, { method: request.method, path: request.nextUrl.pathname });
    }
  };
}

/** Reads a JSON body: over `maxBytes` (1 MB) is 413, unparsable is 400; validation is the caller's (zod, 422). */
export async function readJson(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  const tooLarge = () => new AppError(413, "payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1_000_000)} MB.`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge();
  const text = decodeUtf8(await readCapped(request, maxBytes, tooLarge));
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "invalid_json", "The request body is not valid JSON.");
  }
}
