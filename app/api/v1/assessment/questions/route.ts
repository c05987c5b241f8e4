import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { currentBank } from "@/lib/server/assessments";
import { ZNoParams } from "@/lib/validation/params";

/** The question bank new assessments are answered with; any signed-in user may read it. */
export const GET = authedRoute(ZNoParams, async () => ({ bank: currentBank() }));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
