import { NextResponse, type NextRequest } from "next/server";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { handleApiError } from "@/lib/server/api/handle-error";
import { otherMethods } from "@/lib/server/api/other-methods";
import { requestIdOf } from "@/lib/server/api/request-id";

// Public, unlike every other /api/v1 route: the document describes the API's shape and holds
// no data (no team, user or project), so the reference page and API clients read it before
// signing in. It changes only with a deploy, so it is built once per process (no-store comes
// from next.config.ts, as for every API answer).
let body: string | undefined;

export function GET(request: NextRequest) {
  const requestId = requestIdOf(request.headers);
  try {
    body ??= JSON.stringify(buildOpenApiDocument());
    return new NextResponse(body, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "x-request-id": requestId,
      },
    });
  } catch (error) {
    return handleApiError(error, requestId, { method: "GET", path: request.nextUrl.pathname });
  }
}

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
