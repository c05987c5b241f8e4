import "server-only";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { logError } from "../log";

// The API's one error shape: { error: { code, message, issues?, requestId } }.
// Expected errors carry their own status; a database that cannot be reached is a 503
// with Retry-After; anything else is a 500. Details of both go only to the server log,
// under the request id the client also sees.

/** Seconds a client should wait before trying again while the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

export type ApiErrorBody = {
  error: { code: string; message: string; issues?: { path: string; message: string }[]; requestId: string; [key: string]: unknown };
};

export function handleApiError(error: unknown, requestId: string, context: Record<string, unknown> = {}): NextResponse<ApiErrorBody> {
  const headers = { "x-request-id": requestId };
  if (error instanceof ZodError) {
    const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
    return NextResponse.json({ error: { code: "invalid_input", message, issues, requestId } }, { status: 422, headers });
  }
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, ...error.details, requestId } },
      { status: error.status, headers: { ...error.headers, ...headers } },
    );
  }
  if (isDatabaseUnavailable(error)) {
    logError(requestId, error, { ...context, status: 503 });
    return NextResponse.json(
      { error: { code: "service_unavailable", message: "The service cannot reach its database right now. Try again in a few seconds.", requestId } },
      { status: 503, headers: { ...headers, "retry-after": String(RETRY_AFTER_SECONDS) } },
    );
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") {
    return NextResponse.json({ error: { code: "not_found", message: "Resource not found.", requestId } }, { status: 404, headers });
  }
  logError(requestId, error, context);
  return NextResponse.json(
    { error: { code: "internal_error", message: "Something went wrong on our side. Try again; if it keeps happening, quote the request id.", requestId } },
    { status: 500, headers },
  );
}
