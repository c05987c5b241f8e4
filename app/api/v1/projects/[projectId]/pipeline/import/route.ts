import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { importSteps } from "@/lib/server/pipeline";
import { ZProjectParams } from "@/lib/validation/params";

/** Body: `{ baseVersion, steps: [{ title, category, cellIndexes }] }` from the import preview; each step goes to its category's phase. */
export const POST = authedRoute(ZProjectParams, async ({ request, user, params }) =>
  importSteps(user, params.projectId, await readJson(request)),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
