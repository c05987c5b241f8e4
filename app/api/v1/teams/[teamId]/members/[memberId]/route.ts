import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { removeMember, updateMember } from "@/lib/server/members";
import { ZMemberParams } from "@/lib/validation/params";

export const PATCH = authedRoute(ZMemberParams, async ({ request, user, params }) => ({
  member: await updateMember(user, params.teamId, params.memberId, await readJson(request)),
}));

export const DELETE = authedRoute(ZMemberParams, async ({ user, params }) => {
  await removeMember(user, params.teamId, params.memberId);
  return null;
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods({ PATCH, DELETE });
