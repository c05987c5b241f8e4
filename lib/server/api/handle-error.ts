import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, answersRetryAfter, ERROR_CODES, type ErrorCode } from "../errors";
import { logError } from "../log";

// The API's one error shape: { error: { code, message, issues?, requestId } }, with the
// status ERROR_CODES gives the code (lib/server/errors.ts). A 503 (the database cannot be
// reached, or the server is busy) carries Retry-After; anything unexpected is a 500.
// Details of both go only to the server log, under the request id the client also sees.

/** Seconds a client should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

export type ApiErrorBody = {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    requestId: string;
    [key: string]: unknown;
  };
};

export function handleApiError(
  error: unknown,
  requestId: string,
  context: Record<string, unknown> = {},
): NextResponse<ApiErrorBody> {
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
    return errorResponse("invalid_input", requestId, { message, issues });
  }
  if (error instanceof AppError)
    return errorResponse(error.code, requestId, { message: error.message, ...error.details }, error.headers);
  if (isDatabaseUnavailable(error)) {
    logError(requestId, error, { ...context, status: ERROR_CODES.service_unavailable.status });
    return errorResponse("service_unavailable", requestId, {
      message: "The service cannot reach its database right now. Try again in a few seconds.",
    });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    return errorResponse("not_found", requestId, { message: "Resource not found." });
  }
  logError(requestId, error, context);
  return errorResponse("internal_error", requestId, {
    message: "Something went wrong on our side. Try again; if it keeps happening, quote the request id.",
  });
}

function errorResponse(
  code: ErrorCode,
  requestId: string,
  fields: { message: string; [key: string]: unknown },
  // Headers the error itself calls for (e.g. the pool's Retry-After) win over the default.
  extra: Record<string, string> = {},
): NextResponse<ApiErrorBody> {
  const { status } = ERROR_CODES[code];
  const headers: Record<string, string> = { "x-request-id": requestId };
  if (answersRetryAfter(status)) headers["retry-after"] = String(RETRY_AFTER_SECONDS);
  for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
  return NextResponse.json({ error: { code, ...fields, requestId } }, { status, headers });
}
