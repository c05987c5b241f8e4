import { ZPipelineGroupsResponse, ZNodeCellsResponse, ZStepsImport } from "@/lib/validation/notebook-import";
import { ZPipelineNodeParams, ZProjectParams } from "@/lib/validation/params";
import {
  ZPipelineImportedResponse,
  ZPipelineResponse,
  ZPipelineSave,
  ZPipelineSavedResponse,
  ZPipelineVersionResponse,
} from "@/lib/validation/pipeline";
import { okJson, type ApiOperation } from "./api-operation";

const tag = "Pipeline";

export const pipelineOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/projects/{projectId}/pipeline",
    operationId: "getPipeline",
    summary: "Read the pipeline diagram",
    tag,
    params: ZProjectParams,
    responses: [okJson(ZPipelineResponse)],
  },
  {
    method: "put",
    path: "/projects/{projectId}/pipeline",
    operationId: "savePipeline",
    summary: "Save the whole diagram",
    description:
      "Leads and members (owners and priorities: leads). The body names the version it was based on; a save made since is merged when the two touch different things (`merged: true`), else 409 with `current` and `conflicts`.",
    tag,
    params: ZProjectParams,
    body: { kind: "json", schema: ZPipelineSave, maxMb: 8 },
    responses: [okJson(ZPipelineSavedResponse)],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "get",
    path: "/projects/{projectId}/pipeline/version",
    operationId: "getPipelineVersion",
    summary: "Read the diagram's version",
    description: "A few bytes to poll; fetch the whole diagram only when it moved.",
    tag,
    params: ZProjectParams,
    responses: [okJson(ZPipelineVersionResponse)],
  },
  {
    method: "get",
    path: "/projects/{projectId}/pipeline/groups",
    operationId: "getPipelineGroups",
    summary: "Read the notebook groups",
    description: "The notebook each imported step came from.",
    tag,
    params: ZProjectParams,
    responses: [okJson(ZPipelineGroupsResponse)],
  },
  {
    method: "post",
    path: "/projects/{projectId}/pipeline/import",
    operationId: "importSteps",
    summary: "Import notebook steps",
    description:
      "The steps of a reviewed import preview: each goes to its category's phase, and keeps its cells' sources. Leads and members.",
    tag,
    params: ZProjectParams,
    body: { kind: "json", schema: ZStepsImport, maxMb: 8 },
    responses: [okJson(ZPipelineImportedResponse)],
    errors: ["forbidden", "conflict"],
  },
  {
    method: "get",
    path: "/projects/{projectId}/pipeline/nodes/{nodeId}/cells",
    operationId: "getNodeCells",
    summary: "Read a step's notebook cells",
    tag,
    params: ZPipelineNodeParams,
    responses: [okJson(ZNodeCellsResponse)],
  },
];
