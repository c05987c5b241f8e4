import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { reorderRoadmap } from "@/lib/server/roadmap-order";
import { ZProjectParams } from "@/lib/validation/params";

/** Body `{ roadmapVersion, stages }` naming every item once (leads only): `{ roadmapVersion, items }`, or 409 roadmap_order_conflict. */
export const PUT = authedRoute(ZProjectParams, async ({ request, user, params }) =>
  reorderRoadmap(user, params.projectId, await readJson(request)),
);

export const { GET, HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ PUT });
