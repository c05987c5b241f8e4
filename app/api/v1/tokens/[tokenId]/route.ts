import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { revokeApiToken } from "@/lib/server/api-tokens";
import { ZApiTokenParams } from "@/lib/validation/api-tokens";

export const DELETE = authedRoute(ZApiTokenParams, async ({ params, user }) => {
  await revokeApiToken(user, params.tokenId);
  return null;
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods({ DELETE });
