import { z } from "zod";
import { PHASES, STAGES } from "@/lib/pipeline/types";

// The Recommendations tab's filters, as URL query parameters: the API
// (GET /api/v1/projects/:projectId/recommendations?phase=ML&licence=open_source) and the page's
// own URL read the same names. An unknown parameter or value is 422 naming it.

export const ZRecommendationFilters = z.strictObject({
  phase: z.enum(PHASES, { error: `phase must be one of ${PHASES.join(", ")}.` }).optional(),
  stage: z.enum(STAGES, { error: `stage must be one of ${STAGES.join(", ")}.` }).optional(),
  /** Only tools under an OSI licence. */
  licence: z.enum(["open_source"], { error: "licence can only be open_source." }).optional(),
  /** Only tools offered as a managed service (SaaS or native to a cloud). */
  hosting: z.enum(["managed"], { error: "hosting can only be managed." }).optional(),
});
export type TRecommendationFilters = z.infer<typeof ZRecommendationFilters>;

/** Query parameters as an object; a repeated parameter stays an array, so zod refuses it by name. */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

/**
 * The page's filters from its URL: each valid parameter is kept and a bad one dropped, so a
 * hand-edited link still opens (the API, which a program calls, refuses it instead).
 */
export function pageFilters(params: URLSearchParams): TRecommendationFilters {
  const raw = queryObject(params);
  const shape = ZRecommendationFilters.shape;
  return {
    phase: shape.phase.safeParse(raw.phase).data,
    stage: shape.stage.safeParse(raw.stage).data,
    licence: shape.licence.safeParse(raw.licence).data,
    hosting: shape.hosting.safeParse(raw.hosting).data,
  };
}
