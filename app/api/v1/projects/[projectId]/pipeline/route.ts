import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, encodedJson, readJson } from "@/lib/server/api/route";
import { pipelineAnswer, savePipelineMerging } from "@/lib/server/pipeline";
import { ZProjectParams } from "@/lib/validation/params";

/** Answer: `{ pipeline }`, kept encoded until the project changes (lib/server/pipeline.ts). */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) =>
  encodedJson(await pipelineAnswer(user, params.projectId)),
);

// A 5,000-node diagram (the most a save accepts) is about 2 MB of JSON.
const MAX_PIPELINE_BYTES = 8_000_000;

/**
 * Body: the whole diagram plus the version it was based on (see lib/validation/pipeline.ts).
 * Answer: `{ pipeline, merged }`, merged when the save was combined with one made since.
 */
export const PUT = authedRoute(ZProjectParams, async ({ request, user, params }) =>
  savePipelineMerging(user, params.projectId, await readJson(request, MAX_PIPELINE_BYTES)),
);

export const { HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
