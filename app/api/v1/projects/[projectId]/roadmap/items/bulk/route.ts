import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { createItems } from "@/lib/server/roadmap-writes";
import { ZProjectParams } from "@/lib/validation/params";

/** Body `{ items }` (a reviewed proposal, at most 200; leads only): 201 `{ items }`, all or nothing. */
export const POST = authedRoute(ZProjectParams, async ({ request, user, params }) =>
  created({ items: await createItems(user, params.projectId, await readJson(request)) }),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
