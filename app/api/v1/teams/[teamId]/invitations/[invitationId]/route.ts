import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { revokeInvitation } from "@/lib/server/invitations";
import { ZInvitationParams } from "@/lib/validation/params";

export const DELETE = authedRoute(ZInvitationParams, async ({ user, params }) => {
  await revokeInvitation(user, params.teamId, params.invitationId);
  return null;
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE });
