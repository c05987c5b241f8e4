import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { unchooseItem } from "@/lib/server/choices";
import { ZChoiceParams } from "@/lib/validation/params";

/** Un-choose: the item is no longer chosen for the roadmap. */
export const DELETE = authedRoute(ZChoiceParams, async ({ user, params }) => {
  await unchooseItem(user, params.projectId, params.choiceId);
  return null;
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE });
