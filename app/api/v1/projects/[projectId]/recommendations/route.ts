import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { filteredRecommendations } from "@/lib/server/recommendations-api";
import { ZProjectParams } from "@/lib/validation/params";

/** Ranked gaps with their tools, and the project's "chosen for the roadmap" items; `?phase=&stage=&licence=&hosting=`. */
export const GET = authedRoute(ZProjectParams, async ({ request, user, params }) =>
  filteredRecommendations(user, params.projectId, request.nextUrl.searchParams),
);

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
