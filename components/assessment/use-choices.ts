"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { choiceKeys, roadmapKeys } from "@/lib/client/query-keys";
import type { TChoice, TChoiceCreate } from "@/lib/validation/choices";

/** The project's "chosen for the roadmap" items, starting from what the page loaded. */
export function useChoices(projectId: string, initialData: TChoice[]) {
  return useQuery({
    queryKey: choiceKeys.list(projectId),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ choices: TChoice[] }>(`/api/v1/projects/${projectId}/choices`, { signal })).choices,
    initialData,
  });
}

/** Choose an item (idempotent on its key: choosing twice answers the same choice). */
export function useChoose(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TChoiceCreate) =>
      apiFetch<{ choice: TChoice }>(`/api/v1/projects/${projectId}/choices`, { method: "POST", body }),
    onSuccess: ({ choice }) => {
      queryClient.setQueryData<TChoice[]>(choiceKeys.list(projectId), (list = []) =>
        list.some((c) => c.id === choice.id) ? list : [...list, choice],
      );
      void queryClient.invalidateQueries({ queryKey: choiceKeys.list(projectId) });
      // A choice is a roadmap item: the roadmap's queries (board, progress, exports) are stale too.
      void queryClient.invalidateQueries({ queryKey: roadmapKeys.board(projectId) });
    },
  });
}
