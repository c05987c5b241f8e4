import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { acceptInvitation } from "@/lib/server/invitations";
import { ZTokenParams } from "@/lib/validation/params";

export const POST = authedRoute(ZTokenParams, async ({ user, params }) => ({
  membership: await acceptInvitation(user, params.token),
}));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
