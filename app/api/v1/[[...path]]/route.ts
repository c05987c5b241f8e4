import type { NextRequest } from "next/server";
import { handleApiError } from "@/lib/server/api/handle-error";
import { requestIdOf } from "@/lib/server/api/request-id";
import { AppError } from "@/lib/server/errors";
import { observeRoute } from "@/lib/server/observability/observe-route";

// Any /api/v1 path no other route matches: a 404 in the API's error shape, not the HTML page.
const notFound = observeRoute({ route: "/api/v1/[[...path]]" }, async (request: NextRequest) =>
  handleApiError(
    new AppError("not_found", `No API route at ${request.nextUrl.pathname.slice(0, 200)}.`),
    requestIdOf(request.headers),
  ),
);

export {
  notFound as GET,
  notFound as HEAD,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
