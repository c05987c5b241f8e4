import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { getTeam, renameTeam } from "@/lib/server/teams";
import { ZTeamParams } from "@/lib/validation/params";

export const GET = authedRoute(ZTeamParams, async ({ user, params }) => ({ team: await getTeam(user, params.teamId) }));

export const PATCH = authedRoute(ZTeamParams, async ({ request, user, params }) => ({
  team: await renameTeam(user, params.teamId, await readJson(request)),
}));

export const { HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods({ GET, PATCH });
