"use client";

import { useMemo } from "react";
import { CATALOG, toolBySlug } from "@/lib/catalog/catalog";
import { filterRecommendations, hasFilters } from "@/lib/recommend/filter";
import { buildRadar, type RadarInput } from "@/lib/recommend/radar";
import type { Recommendations } from "@/lib/recommend/types";
import type { TChoice } from "@/lib/validation/choices";
import { CompareBar, useCompareSelection } from "./compare-bar";
import { ContextNotes } from "./context-notes";
import { GapCard } from "./gap-card";
import { RecommendationFilters } from "./recommendation-filters";
import { TechRadar } from "./tech-radar";
import { ToolPickCard } from "./tool-pick-card";
import { useFilterParams } from "./use-filter-params";
import { recommendationKey, useProjectChoices, useRoadmapChoiceMutations } from "./use-roadmap-choices";

export type RecommendationsViewProps = {
  teamId: string;
  projectId: string;
  canChoose: boolean;
  /** can(role, "roadmap.plan"): removing an item from the roadmap. */
  canRemove: boolean;
  recommendations: Recommendations;
  chosen: TChoice[];
  /** What the radar needs besides the live choices and the gaps. */
  radar: Pick<RadarInput, "members" | "preference">;
};

const nameOf = (slug: string) => toolBySlug(slug)?.name ?? slug;

/** The Recommendations tab: filters, ranked gaps with their tools, compare, and the team's radar. */
export function RecommendationsView({
  teamId,
  projectId,
  canChoose,
  canRemove,
  recommendations,
  chosen,
  radar,
}: RecommendationsViewProps) {
  const [filters, setFilters] = useFilterParams();
  const choices = useProjectChoices(projectId, chosen).data;
  const { choose, unchoose } = useRoadmapChoiceMutations(projectId);
  const compare = useCompareSelection();
  const shown = useMemo(() => filterRecommendations(recommendations, filters), [recommendations, filters]);
  const byKey = useMemo(() => new Map(choices.map((c) => [c.key, c])), [choices]);
  const radarEntries = useMemo(
    () => buildRadar({ ...radar, catalog: CATALOG, chosen: choices, gaps: recommendations.gaps }),
    [radar, recommendations, choices],
  );
  const pending = choose.isPending || unchoose.isPending;

  return (
    <div className="grid gap-8">
      <ContextNotes context={recommendations.context} teamId={teamId} projectId={projectId} />
      <section aria-labelledby="gaps-heading" className="grid gap-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h2 id="gaps-heading" className="text-lg font-semibold">
              Gaps, most important first
            </h2>
            <p className="text-sm text-muted-foreground">
              {recommendations.gaps.length} gaps in this pipeline
              {hasFilters(filters) ? `; ${shown.gaps.length} match the filters` : ""}.
            </p>
          </div>
          <RecommendationFilters filters={filters} onChange={setFilters} />
        </div>
        {shown.gaps.length === 0 ? (
          <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
            {recommendations.gaps.length === 0
              ? "No gaps: every component of the pipeline is automated."
              : "No gap matches these filters."}
          </p>
        ) : (
          <ol className="grid gap-4" aria-label="Ranked gaps">
            {shown.gaps.map((gap) => (
              <GapCard
                key={gap.component}
                gap={gap}
                renderPick={(pick, place) => (
                  <ToolPickCard
                    key={pick.slug}
                    gap={gap}
                    pick={pick}
                    place={place}
                    chosen={byKey.get(recommendationKey(gap.component, pick.slug))}
                    projectId={projectId}
                    canChoose={canChoose}
                    canRemove={canRemove}
                    pending={pending}
                    onChoose={() =>
                      choose.mutate({
                        component: gap.component,
                        componentLabel: gap.label,
                        slug: pick.slug,
                        toolName: pick.name,
                      })
                    }
                    onUnchoose={(id) => unchoose.mutate(id)}
                    comparing={compare.has(pick.slug)}
                    compareFull={compare.full}
                    onToggleCompare={() => compare.toggle(pick.slug)}
                    nameOf={nameOf}
                  />
                )}
              />
            ))}
          </ol>
        )}
      </section>
      <TechRadar entries={radarEntries} projectId={projectId} />
      <CompareBar selection={compare} />
    </div>
  );
}
