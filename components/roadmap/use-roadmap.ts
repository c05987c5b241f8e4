"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { ApiError, apiFetch } from "@/lib/client/api";
import { roadmapKeys } from "@/lib/client/query-keys";
import type { ItemDraft } from "@/lib/roadmap/item-draft";
import type { StageOrder } from "@/lib/roadmap/types";
import type { TRoadmapHistoryEvent, TRoadmapItem, TRoadmapResponse } from "@/lib/validation/roadmap";

// The Roadmap tab's server state: one query (items, members, the order's version) that every
// write settles. Reorders are optimistic and run one after another (a mutation scope), each
// sending the order's version the previous one answered; a 409 or 422 means someone else
// changed the roadmap meanwhile, so the latest order is loaded and the user is told.

const base = (projectId: string) => `/api/v1/projects/${projectId}/roadmap`;

export function useRoadmap(projectId: string, initialData: TRoadmapResponse) {
  return useQuery({
    queryKey: roadmapKeys.board(projectId),
    queryFn: ({ signal }) => apiFetch<TRoadmapResponse>(base(projectId), { signal }),
    initialData,
  });
}

export function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError ? error.message : fallback;
}

export type PatchInput = { item: TRoadmapItem; changes: Partial<ItemDraft>; automateNodes?: boolean };

/** The item with `changes` applied, as the board shows it until the server answers. */
function applyChanges(item: TRoadmapItem, changes: Partial<ItemDraft>, data: TRoadmapResponse): TRoadmapItem {
  const { ownerId, ...rest } = changes;
  const next: TRoadmapItem = { ...item, ...rest };
  if (ownerId !== undefined) {
    const member = data.members.find((m) => m.id === ownerId);
    next.owner = member ? { id: member.id, name: member.name, email: member.email } : null;
  }
  return next;
}

export function useRoadmapMutations(projectId: string) {
  const queryClient = useQueryClient();
  const key = roadmapKeys.board(projectId);
  const current = () => queryClient.getQueryData<TRoadmapResponse>(key);
  const settle = () => queryClient.invalidateQueries({ queryKey: key });
  const replaceItem = (item: TRoadmapItem) =>
    queryClient.setQueryData<TRoadmapResponse>(key, (old) =>
      old ? { ...old, items: old.items.map((i) => (i.id === item.id ? item : i)) } : old,
    );

  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      apiFetch<{ item: TRoadmapItem }>(`${base(projectId)}/items`, { method: "POST", body }),
    onSuccess: ({ item }) => {
      queryClient.setQueryData<TRoadmapResponse>(key, (old) =>
        old && !old.items.some((i) => i.id === item.id) ? { ...old, items: [...old.items, item] } : old,
      );
    },
    onSettled: settle,
  });

  const patch = useMutation({
    mutationFn: ({ item, changes, automateNodes }: PatchInput) =>
      apiFetch<{ item: TRoadmapItem; automatedNodeIds?: string[] }>(`${base(projectId)}/items/${item.id}`, {
        method: "PATCH",
        body: { version: item.version, ...changes, ...(automateNodes ? { automateNodes: true } : {}) },
      }),
    onMutate: async ({ item, changes }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = current();
      if (before) replaceItem(applyChanges(item, changes, before));
      return { before };
    },
    onError: (_error, _input, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSuccess: ({ item }) => replaceItem(item),
    onSettled: settle,
  });

  const remove = useMutation({
    mutationFn: (item: TRoadmapItem) =>
      apiFetch<void>(`${base(projectId)}/items/${item.id}?version=${item.version}`, { method: "DELETE" }),
    onSuccess: (_data, item) => {
      queryClient.setQueryData<TRoadmapResponse>(key, (old) =>
        old ? { ...old, items: old.items.filter((i) => i.id !== item.id) } : old,
      );
      toast.success(`Deleted “${item.title}”.`);
    },
    onError: (error) => toast.error(messageOf(error, "Could not delete the item.")),
    onSettled: settle,
  });

  const reorder = useMutation({
    // One at a time: each PUT carries the version the previous one answered.
    scope: { id: `roadmap-order-${projectId}` },
    mutationFn: ({ stages }: { stages: StageOrder; before: TRoadmapResponse | undefined }) =>
      apiFetch<{ roadmapVersion: number; items: TRoadmapItem[] }>(`${base(projectId)}/order`, {
        method: "PUT",
        body: { roadmapVersion: current()?.roadmapVersion ?? 0, stages },
      }),
    onSuccess: ({ roadmapVersion, items }) => {
      queryClient.setQueryData<TRoadmapResponse>(key, (old) => (old ? { ...old, roadmapVersion, items } : old));
    },
    onError: async (error, { before }) => {
      if (error instanceof ApiError && (error.status === 409 || error.status === 422)) {
        toast.warning("Someone else changed the roadmap meanwhile. The latest order is shown; move the item again.");
        await settle();
        return;
      }
      if (before) queryClient.setQueryData(key, before);
      toast.error(messageOf(error, "Could not save the new order."));
    },
  });

  /** The new order shows at once (before the drop animation ends), then is saved. */
  const moveTo = (stages: StageOrder) => {
    const before = current();
    void queryClient.cancelQueries({ queryKey: key });
    queryClient.setQueryData<TRoadmapResponse>(key, (old) => (old ? placeItems(old, stages) : old));
    reorder.mutate({ stages, before });
  };

  return { create, patch, remove, moveTo };
}

/** The items with the stages and positions of `stages` (unknown ids keep their place). */
function placeItems(data: TRoadmapResponse, stages: StageOrder): TRoadmapResponse {
  const place = new Map<string, { stage: TRoadmapItem["stage"]; position: number }>();
  for (const [stage, ids] of Object.entries(stages) as [TRoadmapItem["stage"], string[]][])
    ids.forEach((id, position) => place.set(id, { stage, position }));
  return { ...data, items: data.items.map((item) => ({ ...item, ...place.get(item.id) })) };
}

export function useItemHistory(projectId: string, itemId: string | null) {
  return useQuery({
    queryKey: roadmapKeys.history(projectId, itemId ?? "none"),
    queryFn: async ({ signal }) =>
      (
        await apiFetch<{ events: TRoadmapHistoryEvent[] }>(`${base(projectId)}/items/${itemId}/history`, {
          signal,
        })
      ).events,
    enabled: itemId !== null,
  });
}
