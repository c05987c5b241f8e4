import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { getPipelineVersion } from "@/lib/server/pipeline";
import { ZProjectParams } from "@/lib/validation/params";

/** `{ version }`: a few bytes the open editor polls, fetching the whole diagram only when it moved. */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) => ({
  version: await getPipelineVersion(user, params.projectId),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
