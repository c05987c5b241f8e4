import { authedRoute } from "@/lib/server/api/route";
import { acceptInvitation } from "@/lib/server/invitations";
import { ZTokenParams } from "@/lib/validation/params";

export const POST = authedRoute(ZTokenParams, async ({ user, params }) => ({ membership: await acceptInvitation(user, params.token) }));
