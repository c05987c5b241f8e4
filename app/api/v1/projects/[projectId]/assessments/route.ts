import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { listAssessments } from "@/lib/server/assessments";
import { submitAssessment } from "@/lib/server/assessment-writes";
import { ZProjectParams } from "@/lib/validation/params";

export const GET = authedRoute(ZProjectParams, async ({ user, params }) => listAssessments(user, params.projectId));

/** Body `{ bankVersion, answers }`: a whole assessment, scored on the server; 200 for a repeat of the last one. */
export const POST = authedRoute(ZProjectParams, async ({ request, user, params }) => {
  const { assessment, created: isNew } = await submitAssessment(user, params.projectId, await readJson(request));
  return isNew ? created({ assessment }) : { assessment };
});

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
