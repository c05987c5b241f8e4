import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { radarDownload } from "@/lib/server/recommendations-api";
import { ZProjectParams } from "@/lib/validation/params";

/** The team's tech radar as build-your-own-radar JSON (an array of name, ring, quadrant, isNew, description). */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) =>
  radarDownload(user, params.projectId, "json"),
);

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
