import { ZProjectParams } from "@/lib/validation/params";
import { ZProjectRecommendationsResponse, ZRadarJson } from "@/lib/validation/project-recommendations";
import { ZRecommendationFilters } from "@/lib/validation/recommendation-filters";
import { download, okJson, type ApiOperation } from "./api-operation";

const tag = "Recommendations";

export const recommendationOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/projects/{projectId}/recommendations",
    operationId: "getRecommendations",
    summary: "Read the recommendations",
    description:
      "The project's ranked gaps with their tools, fitted to the team profile, and the items already chosen for the roadmap.",
    tag,
    params: ZProjectParams,
    query: ZRecommendationFilters,
    responses: [okJson(ZProjectRecommendationsResponse)],
  },
  {
    method: "get",
    path: "/projects/{projectId}/recommendations/radar.csv",
    operationId: "downloadRadarCsv",
    summary: "Download the tech radar (CSV)",
    description: "As Thoughtworks' build-your-own-radar reads it: name,ring,quadrant,isNew,description.",
    tag,
    params: ZProjectParams,
    responses: [download("text/csv", "The radar as CSV.")],
  },
  {
    method: "get",
    path: "/projects/{projectId}/recommendations/radar.json",
    operationId: "downloadRadarJson",
    summary: "Download the tech radar (JSON)",
    description: "As build-your-own-radar reads it: an array of rows (the one answer that is not an object).",
    tag,
    params: ZProjectParams,
    responses: [download("application/json", "The radar as JSON.", ZRadarJson)],
  },
];
