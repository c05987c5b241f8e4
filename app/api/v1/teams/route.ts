import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { createTeam, listMyTeams } from "@/lib/server/teams";
import { ZNoParams } from "@/lib/validation/params";

export const GET = authedRoute(ZNoParams, async ({ user }) => ({ teams: await listMyTeams(user) }));

export const POST = authedRoute(ZNoParams, async ({ request, user }) => {
  const team = await createTeam(user, await readJson(request));
  return created({ team });
});

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
