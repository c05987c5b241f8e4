import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { createItem } from "@/lib/server/roadmap-writes";
import { ZProjectParams } from "@/lib/validation/params";

/** Body ZRoadmapItemCreate: 201 `{ item }`, or 200 with the existing item when its sourceKey is on the roadmap. */
export const POST = authedRoute(ZProjectParams, async ({ request, user, params }) => {
  const { item, created: isNew } = await createItem(user, params.projectId, await readJson(request));
  return isNew ? created({ item }) : { item };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
