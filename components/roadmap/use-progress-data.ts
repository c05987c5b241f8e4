"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import type { PipelineDiagram } from "@/lib/pipeline/types";
import type { RoadmapNodeFacts } from "@/lib/roadmap/types";
import type { TRoadmapResponse } from "@/lib/validation/roadmap";
import { roadmapExtraKeys } from "./query-keys";
import { useRoadmap } from "./use-roadmap";

type NodeAutomation = Pick<RoadmapNodeFacts, "kind" | "automation">;

/**
 * What the progress header counts, kept live: the roadmap is the board's own query (same
 * key, so a status change on the board moves the bars at once), and the diagram's nodes sit
 * under the roadmap's key, so every roadmap write refreshes them too — marking an item done
 * can automate its linked steps.
 */
export function useProgressData(projectId: string, roadmap: TRoadmapResponse, nodes: readonly NodeAutomation[]) {
  const items = useRoadmap(projectId, roadmap);
  const steps = useQuery({
    queryKey: roadmapExtraKeys.nodes(projectId),
    queryFn: async ({ signal }): Promise<readonly NodeAutomation[]> =>
      (await apiFetch<{ pipeline: PipelineDiagram }>(`/api/v1/projects/${projectId}/pipeline`, { signal })).pipeline
        .nodes,
    initialData: nodes,
    // Only a roadmap write (which invalidates the roadmap's keys) can change it from this tab.
    staleTime: Infinity,
  });
  return { items: items.data.items, nodes: steps.data };
}
