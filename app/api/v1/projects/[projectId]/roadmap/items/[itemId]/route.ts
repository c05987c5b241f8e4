import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { deleteItem, updateItem } from "@/lib/server/roadmap-update";
import { ZRoadmapItemParams } from "@/lib/validation/params";

/** Body ZRoadmapItemPatch `{ version, …fields, automateNodes? }`: `{ item, automatedNodeIds? }`, or 409 roadmap_item_conflict. */
export const PATCH = authedRoute(ZRoadmapItemParams, async ({ request, user, params }) =>
  updateItem(user, params.projectId, params.itemId, await readJson(request)),
);

/** `?version=N` (leads only): 204. */
export const DELETE = authedRoute(ZRoadmapItemParams, async ({ request, user, params }) => {
  await deleteItem(user, params.projectId, params.itemId, Object.fromEntries(request.nextUrl.searchParams));
  return null;
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE });
