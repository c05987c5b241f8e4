import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { getAssessment } from "@/lib/server/assessments";
import { updateDraft } from "@/lib/server/assessment-writes";
import { ZAssessmentParams } from "@/lib/validation/params";

export const GET = authedRoute(ZAssessmentParams, async ({ user, params }) => ({
  assessment: await getAssessment(user, params.projectId, params.assessmentId),
}));

/** Body `{ version, bankVersion, answers }`: saves the draft; a submitted assessment is 409 assessment_submitted. */
export const PUT = authedRoute(ZAssessmentParams, async ({ request, user, params }) => ({
  assessment: await updateDraft(user, params.projectId, params.assessmentId, await readJson(request)),
}));

export const PATCH = PUT;

export const { HEAD, POST, DELETE, OPTIONS } = otherMethods({ GET, PUT, PATCH });
