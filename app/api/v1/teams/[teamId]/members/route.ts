import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { listMembers } from "@/lib/server/members";
import { ZTeamParams } from "@/lib/validation/params";

export const GET = authedRoute(ZTeamParams, async ({ user, params }) => ({
  members: await listMembers(user, params.teamId),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
