import { ZTeamParams } from "@/lib/validation/params";
import { ZTeamProfileResponse, ZTeamProfileUpdate } from "@/lib/validation/team-profile";
import { ZTeamCreate, ZTeamRename, ZTeamResponse, ZTeamsResponse } from "@/lib/validation/teams";
import { createdJson, okJson, type ApiOperation } from "./api-operation";

const tag = "Teams";

export const teamOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/teams",
    operationId: "listTeams",
    summary: "List my teams",
    description: "The teams the caller is a member of, with the caller's role in each.",
    tag,
    responses: [okJson(ZTeamsResponse)],
  },
  {
    method: "post",
    path: "/teams",
    operationId: "createTeam",
    summary: "Create a team",
    description: "The caller becomes its lead.",
    tag,
    body: { kind: "json", schema: ZTeamCreate },
    responses: [createdJson(ZTeamResponse)],
  },
  {
    method: "get",
    path: "/teams/{teamId}",
    operationId: "getTeam",
    summary: "Read a team",
    tag,
    params: ZTeamParams,
    responses: [okJson(ZTeamResponse)],
  },
  {
    method: "patch",
    path: "/teams/{teamId}",
    operationId: "renameTeam",
    summary: "Rename a team",
    description: "Leads only.",
    tag,
    params: ZTeamParams,
    body: { kind: "json", schema: ZTeamRename },
    responses: [okJson(ZTeamResponse)],
    errors: ["forbidden"],
  },
  {
    method: "get",
    path: "/teams/{teamId}/profile",
    operationId: "getTeamProfile",
    summary: "Read the team profile",
    description:
      "Languages, clouds and tool preference (what recommendations are fitted to), and the team's known tools.",
    tag,
    params: ZTeamParams,
    responses: [okJson(ZTeamProfileResponse)],
  },
  {
    method: "put",
    path: "/teams/{teamId}/profile",
    operationId: "updateTeamProfile",
    summary: "Update the team profile",
    description: "Leads only; `version` is the one read, 409 when someone saved since.",
    tag,
    params: ZTeamParams,
    body: { kind: "json", schema: ZTeamProfileUpdate },
    responses: [okJson(ZTeamProfileResponse)],
    errors: ["forbidden", "conflict"],
  },
];
