import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { getMemberSkills, setMemberSkills } from "@/lib/server/member-skills";
import { ZMemberParams } from "@/lib/validation/params";

export const GET = authedRoute(ZMemberParams, async ({ user, params }) => ({
  skills: await getMemberSkills(user, params.teamId, params.memberId),
}));

export const PUT = authedRoute(ZMemberParams, async ({ request, user, params }) => ({
  skills: await setMemberSkills(user, params.teamId, params.memberId, await readJson(request)),
}));

export const { HEAD, POST, PATCH, DELETE, OPTIONS } = otherMethods({ GET, PUT });
