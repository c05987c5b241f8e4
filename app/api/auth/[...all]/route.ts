import type { NextRequest } from "next/server";
import { refuseMalformedAuthBody } from "@/lib/server/auth-body";
import { handleAuthRequest } from "@/lib/server/auth-handler";
import { observeRoute } from "@/lib/server/observability/observe-route";

const route = "/api/auth/[...all]";

export const GET = observeRoute({ route }, async (request: NextRequest) => handleAuthRequest(request));

export const POST = observeRoute(
  { route },
  async (request: NextRequest) => (await refuseMalformedAuthBody(request)) ?? handleAuthRequest(request),
);
