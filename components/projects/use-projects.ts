"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { projectKeys } from "@/lib/client/query-keys";
import type { TRestoreResponse } from "@/lib/backup/restore-report";
import type { TProject } from "@/lib/validation/projects";

export function useProjects(teamId: string, initialData: TProject[]) {
  return useQuery({
    queryKey: projectKeys.list(teamId),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ projects: TProject[] }>(`/api/v1/teams/${teamId}/projects`, { signal })).projects,
    initialData,
  });
}

export function useProjectMutations(teamId: string) {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: projectKeys.list(teamId) });
  const create = useMutation({
    mutationFn: (values: { name: string; description: string }) =>
      apiFetch<{ project: TProject }>(`/api/v1/teams/${teamId}/projects`, { method: "POST", body: values }),
    onSuccess: invalidate,
  });
  const update = useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; name: string; description: string }) =>
      apiFetch<{ project: TProject }>(`/api/v1/projects/${id}`, { method: "PATCH", body }),
    onSettled: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/projects/${id}`, { method: "DELETE" }),
    onSettled: invalidate,
  });
  // The backup file's own text is sent as it is: the server parses and checks it once.
  const restore = useMutation({
    mutationFn: async (file: File) =>
      apiFetch<TRestoreResponse>(`/api/v1/teams/${teamId}/projects/restore`, {
        method: "POST",
        json: await file.text(),
      }),
    onSuccess: invalidate,
  });
  return { create, update, remove, restore };
}
