import { ZMemberParams, ZTeamParams } from "@/lib/validation/params";
import { ZMemberSkillsResponse, ZMemberSkillsUpdate } from "@/lib/validation/team-profile";
import { ZMemberResponse, ZMembersResponse, ZMemberUpdate } from "@/lib/validation/teams";
import { NO_CONTENT, okJson, type ApiOperation } from "./api-operation";

const tag = "Members";

export const memberOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/teams/{teamId}/members",
    operationId: "listMembers",
    summary: "List the team's members",
    tag,
    params: ZTeamParams,
    responses: [okJson(ZMembersResponse)],
  },
  {
    method: "patch",
    path: "/teams/{teamId}/members/{memberId}",
    operationId: "updateMember",
    summary: "Change a member's role",
    description: "Leads only; a change that would leave the team without a lead is 409.",
    tag,
    params: ZMemberParams,
    body: { kind: "json", schema: ZMemberUpdate },
    responses: [okJson(ZMemberResponse)],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "delete",
    path: "/teams/{teamId}/members/{memberId}",
    operationId: "removeMember",
    summary: "Remove a member, or leave the team",
    description: "A lead removes anyone; everyone may remove themselves, except the last lead (409).",
    tag,
    params: ZMemberParams,
    responses: [NO_CONTENT],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "get",
    path: "/teams/{teamId}/members/{memberId}/skills",
    operationId: "getMemberSkills",
    summary: "Read a member's skills",
    tag,
    params: ZMemberParams,
    responses: [okJson(ZMemberSkillsResponse)],
  },
  {
    method: "put",
    path: "/teams/{teamId}/members/{memberId}/skills",
    operationId: "setMemberSkills",
    summary: "Set a member's skills",
    description: "A lead for anyone, a member for themselves; `version` is the one read (409 when it moved).",
    tag,
    params: ZMemberParams,
    body: { kind: "json", schema: ZMemberSkillsUpdate },
    responses: [okJson(ZMemberSkillsResponse)],
    errors: ["forbidden", "conflict"],
  },
];
