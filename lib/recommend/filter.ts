import type { TRecommendationFilters } from "../validation/recommendation-filters";
import type { Recommendations } from "./types";

// The Recommendations filters, applied after ranking so a gap keeps its rank (#3 stays #3 when
// #1 and #2 are filtered out: the order is the team's, the filter only hides). Phase and stage
// hide gaps; "open source only" and "managed only" hide tools, and a gap whose tools are all
// hidden stays, with no tools, so the gap itself is never hidden by a tool filter.

export function filterRecommendations(recs: Recommendations, filters: TRecommendationFilters): Recommendations {
  const gaps = recs.gaps
    .filter((g) => (!filters.phase || g.phase === filters.phase) && (!filters.stage || g.stage === filters.stage))
    .map((g) => {
      if (!filters.licence && !filters.hosting) return g;
      const tools = g.tools.filter(
        (t) => (filters.licence !== "open_source" || t.openSource) && (filters.hosting !== "managed" || t.managed),
      );
      return { ...g, tools };
    });
  return { ...recs, gaps };
}

export function hasFilters(filters: TRecommendationFilters): boolean {
  return Boolean(filters.phase || filters.stage || filters.licence || filters.hosting);
}
