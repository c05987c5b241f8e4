import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { proposeForProject } from "@/lib/server/roadmap-proposal";
import { ZProjectParams } from "@/lib/validation/params";

/** A proposed plan, not saved (leads only): `{ items }` of create bodies with suggestedOwners. */
export const POST = authedRoute(ZProjectParams, async ({ user, params }) => ({
  items: await proposeForProject(user, params.projectId),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
