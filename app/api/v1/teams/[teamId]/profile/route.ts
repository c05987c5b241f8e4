import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { getTeamProfile, updateTeamProfile } from "@/lib/server/team-profile";
import { ZTeamParams } from "@/lib/validation/params";

export const GET = authedRoute(ZTeamParams, async ({ user, params }) => ({
  profile: await getTeamProfile(user, params.teamId),
}));

export const PUT = authedRoute(ZTeamParams, async ({ request, user, params }) => ({
  profile: await updateTeamProfile(user, params.teamId, await readJson(request)),
}));

export const { HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
