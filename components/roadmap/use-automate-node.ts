"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { roadmapKeys } from "@/lib/client/query-keys";
import type { PipelineNode } from "@/lib/pipeline/types";
import { automateNodeItem } from "@/lib/roadmap/automate-node";
import type { TRoadmapItem, TRoadmapResponse } from "@/lib/validation/roadmap";

/** The roadmap (to tell whether a step is on it) and "Automate this" for one step. */
export function useAutomateNode(projectId: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const key = roadmapKeys.board(projectId);
  const roadmap = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => apiFetch<TRoadmapResponse>(`/api/v1/projects/${projectId}/roadmap`, { signal }),
    staleTime: 30_000,
    enabled,
  });
  const automate = useMutation({
    mutationFn: (node: PipelineNode) =>
      apiFetch<{ item: TRoadmapItem }>(`/api/v1/projects/${projectId}/roadmap/items`, {
        method: "POST",
        body: automateNodeItem(node),
      }),
    onSuccess: ({ item }) =>
      queryClient.setQueryData<TRoadmapResponse>(key, (old) =>
        old && !old.items.some((i) => i.id === item.id) ? { ...old, items: [...old.items, item] } : old,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return { roadmap, automate };
}
