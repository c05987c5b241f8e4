import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { previewInvitation } from "@/lib/server/invitations";
import { ZTokenParams } from "@/lib/validation/params";

export const GET = authedRoute(ZTokenParams, async ({ params }) => ({
  invitation: await previewInvitation(params.token),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
