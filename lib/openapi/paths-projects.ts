import { ZProjectParams, ZTeamParams } from "@/lib/validation/params";
import {
  ZProjectCreate,
  ZProjectPageResponse,
  ZProjectResponse,
  ZProjectsResponse,
  ZProjectUpdate,
} from "@/lib/validation/projects";
import { createdJson, NO_CONTENT, okJson, type ApiOperation } from "./api-operation";

const tag = "Projects";

export const projectOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/teams/{teamId}/projects",
    operationId: "listProjects",
    summary: "List the team's projects",
    tag,
    params: ZTeamParams,
    responses: [okJson(ZProjectsResponse)],
  },
  {
    method: "post",
    path: "/teams/{teamId}/projects",
    operationId: "createProject",
    summary: "Create a project",
    description: "Leads and members; a name already used in the team is 409.",
    tag,
    params: ZTeamParams,
    body: { kind: "json", schema: ZProjectCreate },
    responses: [createdJson(ZProjectResponse)],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "get",
    path: "/projects/{projectId}",
    operationId: "getProject",
    summary: "Read a project",
    tag,
    params: ZProjectParams,
    responses: [okJson(ZProjectPageResponse)],
  },
  {
    method: "patch",
    path: "/projects/{projectId}",
    operationId: "updateProject",
    summary: "Update a project",
    description: "Leads and members; `version` is the one read, 409 when someone saved since.",
    tag,
    params: ZProjectParams,
    body: { kind: "json", schema: ZProjectUpdate },
    responses: [okJson(ZProjectResponse)],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "delete",
    path: "/projects/{projectId}",
    operationId: "deleteProject",
    summary: "Delete a project",
    description: "Leads only.",
    tag,
    params: ZProjectParams,
    responses: [NO_CONTENT],
    errors: ["forbidden"],
  },
];
