import { ZChoiceCreate, ZChoiceResponse, ZChoicesResponse } from "@/lib/validation/choices";
import { ZChoiceParams, ZProjectParams } from "@/lib/validation/params";
import { createdJson, NO_CONTENT, okJson, type ApiOperation } from "./api-operation";

const tag = "Choices";

export const choiceOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/projects/{projectId}/choices",
    operationId: "listChoices",
    summary: "List the items chosen for the roadmap",
    tag,
    params: ZProjectParams,
    responses: [okJson(ZChoicesResponse)],
  },
  {
    method: "post",
    path: "/projects/{projectId}/choices",
    operationId: "chooseItem",
    summary: "Choose an item for the roadmap",
    description: "A next practice or a recommended tool becomes a roadmap item; choosing a key again answers 200.",
    tag,
    params: ZProjectParams,
    body: { kind: "json", schema: ZChoiceCreate },
    responses: [createdJson(ZChoiceResponse), okJson(ZChoiceResponse, "The key was chosen before.")],
    errors: ["forbidden"],
  },
  {
    method: "delete",
    path: "/projects/{projectId}/choices/{choiceId}",
    operationId: "unchooseItem",
    summary: "Un-choose an item",
    description: "Leads only: deletes the roadmap item.",
    tag,
    params: ZChoiceParams,
    responses: [NO_CONTENT],
    errors: ["forbidden", "roadmap_item_conflict"],
  },
];
