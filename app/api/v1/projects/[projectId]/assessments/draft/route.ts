import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { getDraft } from "@/lib/server/assessments";
import { saveDraft } from "@/lib/server/assessment-writes";
import { ZProjectParams } from "@/lib/validation/params";

/** The team's draft, or the proposal a new one starts from (last answers + pipeline suggestions). */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) => getDraft(user, params.projectId));

/** Body `{ version?, bankVersion, answers }`: starts the draft (no version) or saves it at `version`. */
export const PUT = authedRoute(ZProjectParams, async ({ request, user, params }) => ({
  assessment: await saveDraft(user, params.projectId, await readJson(request)),
}));

export const { HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
