import { z } from "zod";
import { RADAR_QUADRANTS, RADAR_RINGS } from "@/lib/recommend/radar";
import { ZChoice } from "./choices";
import { ZRecommendations } from "./recommendations";

// What GET /api/v1/projects/:projectId/recommendations answers: the engine's ranked gaps
// (lib/validation/recommendations.ts) plus the project's "chosen for the roadmap" items, so a
// client can mark the chosen tools without a second request. And the radar's JSON download.

export const ZProjectRecommendationsResponse = z.strictObject({
  recommendations: ZRecommendations,
  chosen: z.array(ZChoice),
});
export type TProjectRecommendationsResponse = z.infer<typeof ZProjectRecommendationsResponse>;

/** One row of …/recommendations/radar.json, as Thoughtworks' build-your-own-radar reads it. */
export const ZRadarRow = z.strictObject({
  name: z.string().min(1),
  ring: z.enum(RADAR_RINGS),
  quadrant: z.enum(RADAR_QUADRANTS),
  isNew: z.enum(["TRUE", "FALSE"]),
  description: z.string(),
});
export const ZRadarJson = z.array(ZRadarRow);
