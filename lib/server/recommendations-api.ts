import "server-only";
import { filterRecommendations } from "@/lib/recommend/filter";
import { radarCsv, radarFileName, radarJson } from "@/lib/recommend/radar-export";
import type { TProjectRecommendationsResponse } from "@/lib/validation/project-recommendations";
import { queryObject, ZRecommendationFilters } from "@/lib/validation/recommendation-filters";
import { fileDownload } from "./api/route";
import { projectRadar, projectRecommendations } from "./recommendations";
import type { SessionUser } from "./session";

// The API's answers for the recommendations routes (the page reads projectRecommendations
// directly and filters in the browser, with the same filter function).

/** GET …/recommendations: the filters are validated first, so a bad one is 422 before any read. */
export async function filteredRecommendations(
  user: SessionUser,
  projectId: string,
  query: URLSearchParams,
): Promise<TProjectRecommendationsResponse> {
  const filters = ZRecommendationFilters.parse(queryObject(query));
  const data = await projectRecommendations(user, projectId);
  return { recommendations: filterRecommendations(data.recommendations, filters), chosen: data.chosen };
}

/** GET …/recommendations/radar.csv | radar.json, as an attachment named after the project and today. */
export async function radarDownload(user: SessionUser, projectId: string, format: "csv" | "json") {
  const { project, entries } = await projectRadar(user, projectId);
  const filename = radarFileName(project.name, new Date(), format);
  return format === "csv"
    ? fileDownload(radarCsv(entries), "text/csv; charset=utf-8; header=present", filename)
    : fileDownload(radarJson(entries), "application/json; charset=utf-8", filename);
}
