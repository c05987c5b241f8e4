import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { itemHistory } from "@/lib/server/roadmap-history";
import { ZRoadmapItemParams } from "@/lib/validation/params";

/** `{ events }`, newest first: who changed which fields of the item, from what to what. */
export const GET = authedRoute(ZRoadmapItemParams, async ({ user, params }) =>
  itemHistory(user, params.projectId, params.itemId),
);

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
