import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { submitDraft } from "@/lib/server/assessment-writes";
import { ZAssessmentParams } from "@/lib/validation/params";

/** Body `{ version }`: the draft becomes SUBMITTED with its result; a repeat of the same submit answers it again. */
export const POST = authedRoute(ZAssessmentParams, async ({ request, user, params }) => ({
  assessment: await submitDraft(user, params.projectId, params.assessmentId, await readJson(request)),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
