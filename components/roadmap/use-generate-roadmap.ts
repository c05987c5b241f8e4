"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { roadmapKeys } from "@/lib/client/query-keys";
import type { bulkBody } from "@/lib/roadmap/proposal-draft";
import type { TRoadmapItem, TRoadmapProposalItem } from "@/lib/validation/roadmap";

/** "Generate roadmap": ask for a proposal (nothing saved), then save the lead's edited rows in one go. */
export function useGenerateRoadmap(projectId: string) {
  const queryClient = useQueryClient();
  const base = `/api/v1/projects/${projectId}/roadmap`;
  const propose = useMutation({
    mutationFn: async () =>
      (await apiFetch<{ items: TRoadmapProposalItem[] }>(`${base}/proposal`, { method: "POST", body: {} })).items,
  });
  const save = useMutation({
    mutationFn: async (body: ReturnType<typeof bulkBody>) =>
      (await apiFetch<{ items: TRoadmapItem[] }>(`${base}/items/bulk`, { method: "POST", body })).items,
    onSettled: () => queryClient.invalidateQueries({ queryKey: roadmapKeys.board(projectId) }),
  });
  return { propose, save };
}
