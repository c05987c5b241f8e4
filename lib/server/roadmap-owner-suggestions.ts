import "server-only";
import { toolBySlug } from "@/lib/catalog/catalog";
import { indexOwnerSuggestions, type OwnerSuggestionIndex } from "@/lib/roadmap/owner-suggestions";
import { projectRecommendations } from "./recommendations";
import type { SessionUser } from "./session";

/**
 * The item dialog's owner suggestions, per component: the recommendation engine's owners
 * (lib/recommend). Reading only; the engine runs as for the Recommendations tab.
 */
export async function roadmapOwnerSuggestions(user: SessionUser, projectId: string): Promise<OwnerSuggestionIndex> {
  const { recommendations } = await projectRecommendations(user, projectId);
  return indexOwnerSuggestions(recommendations.gaps, (slug) => toolBySlug(slug)?.name ?? slug);
}
