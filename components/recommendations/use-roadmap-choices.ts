"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { ApiError, apiFetch } from "@/lib/client/api";
import { projectKeys, roadmapKeys } from "@/lib/client/query-keys";
import type { ComponentId } from "@/lib/pipeline/components";
import type { TChoice } from "@/lib/validation/choices";

// "Add to roadmap" for a gap + tool, through the project's choices API (a view over roadmap
// items): the key `<component>:<slug>` makes choosing twice harmless (the server answers the
// existing item), and removing deletes the item (leads only).

export const recommendationKey = (component: ComponentId, slug: string) => `${component}:${slug}`;

export function useProjectChoices(projectId: string, initialData: TChoice[]) {
  return useQuery({
    queryKey: projectKeys.choices(projectId),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ choices: TChoice[] }>(`/api/v1/projects/${projectId}/choices`, { signal })).choices,
    initialData,
  });
}

export type ToolChoice = { component: ComponentId; componentLabel: string; slug: string; toolName: string };

export function useRoadmapChoiceMutations(projectId: string) {
  const queryClient = useQueryClient();
  const key = projectKeys.choices(projectId);
  // The roadmap's own queries too (the board, its progress and exports): a choice is a roadmap item.
  const settle = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: key }),
      queryClient.invalidateQueries({ queryKey: roadmapKeys.board(projectId) }),
    ]);
  const choose = useMutation({
    mutationFn: (c: ToolChoice) =>
      apiFetch<{ choice: TChoice }>(`/api/v1/projects/${projectId}/choices`, {
        method: "POST",
        body: {
          source: "recommendation",
          key: recommendationKey(c.component, c.slug),
          title: `${c.toolName} for ${c.componentLabel}`,
          componentId: c.component,
          toolSlug: c.slug,
        },
      }),
    onSuccess: ({ choice }) => {
      queryClient.setQueryData<TChoice[]>(key, (old = []) =>
        old.some((c) => c.id === choice.id) ? old : [...old, choice],
      );
    },
    onError: (error) => toast.error(messageOf(error, "Could not add it to the roadmap.")),
    onSettled: settle,
  });
  const unchoose = useMutation({
    mutationFn: (choiceId: string) =>
      apiFetch<void>(`/api/v1/projects/${projectId}/choices/${choiceId}`, { method: "DELETE" }),
    onSuccess: (_data, choiceId) => {
      queryClient.setQueryData<TChoice[]>(key, (old = []) => old.filter((c) => c.id !== choiceId));
    },
    onError: (error) => toast.error(messageOf(error, "Could not remove it from the roadmap.")),
    onSettled: settle,
  });
  return { choose, unchoose };
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}
