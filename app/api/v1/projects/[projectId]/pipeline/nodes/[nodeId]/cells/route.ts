import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { getNodeCells } from "@/lib/server/pipeline-cells";
import { ZPipelineNodeParams } from "@/lib/validation/params";

/** `{ cells: [{ index, source }] }`: the notebook cells a step came from, for the inspector (read-only). */
export const GET = authedRoute(ZPipelineNodeParams, async ({ user, params }) => ({
  cells: await getNodeCells(user, params.projectId, params.nodeId),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
