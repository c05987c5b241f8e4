"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { roadmapKeys } from "@/lib/client/query-keys";
import type { TRoadmapResponse } from "@/lib/validation/roadmap";

/**
 * The board's roadmap query as the extras read it on the Roadmap tab: never fetched from here
 * (the board's useRoadmap owns it and starts it from the page's data), but with the same
 * queryFn, because a query keeps the options of its last observer and a refetch the board
 * asks for must still know how to fetch.
 */
export function useRoadmapSnapshot(projectId: string) {
  return useQuery({
    queryKey: roadmapKeys.board(projectId),
    queryFn: ({ signal }) => apiFetch<TRoadmapResponse>(`/api/v1/projects/${projectId}/roadmap`, { signal }),
    enabled: false,
  }).data;
}
