import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { createInvitation, listInvitations } from "@/lib/server/invitations";
import { ZTeamParams } from "@/lib/validation/params";

export const GET = authedRoute(ZTeamParams, async ({ user, params }) => ({
  invitations: await listInvitations(user, params.teamId),
}));

/** The token is returned once; the link is `/invite/<token>` on this app's origin. */
export const POST = authedRoute(ZTeamParams, async ({ request, user, params }) => {
  const { invitation, token } = await createInvitation(user, params.teamId, await readJson(request));
  return created({ invitation, token, path: `/invite/${token}` });
});

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
