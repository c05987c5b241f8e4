"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { accountKeys } from "@/lib/client/query-keys";
import type { TApiTokenCreate, TApiTokenCreated, TApiTokenView } from "@/lib/validation/api-tokens";

export function useApiTokens(initialData: TApiTokenView[]) {
  return useQuery({
    queryKey: accountKeys.apiTokens(),
    queryFn: async ({ signal }) => (await apiFetch<{ tokens: TApiTokenView[] }>("/api/v1/tokens", { signal })).tokens,
    initialData,
  });
}

export function useApiTokenMutations() {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: accountKeys.apiTokens() });
  const create = useMutation({
    mutationFn: (body: TApiTokenCreate) => apiFetch<TApiTokenCreated>("/api/v1/tokens", { method: "POST", body }),
    onSettled: invalidate,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/tokens/${id}`, { method: "DELETE" }),
    onSettled: invalidate,
  });
  return { create, revoke };
}
