import { authedRoute } from "@/lib/server/api/route";
import { revokeInvitation } from "@/lib/server/invitations";
import { ZInvitationParams } from "@/lib/validation/params";

export const DELETE = authedRoute(ZInvitationParams, async ({ user, params }) => {
  await revokeInvitation(user, params.teamId, params.invitationId);
  return null;
});
