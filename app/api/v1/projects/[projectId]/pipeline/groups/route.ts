import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { getPipelineGroups } from "@/lib/server/pipeline-groups";
import { ZProjectParams } from "@/lib/validation/params";

/** `{ groups: [{ id, name, nodeIds }] }`: the notebook each imported step came from, for the canvas's groups. */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) => ({
  groups: await getPipelineGroups(user, params.projectId),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
