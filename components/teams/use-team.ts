"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { teamKeys } from "@/lib/client/query-keys";
import type { TTeamRole } from "@/lib/teams/roles";
import type { TInvitation, TMember } from "@/lib/validation/teams";

export function useMembers(teamId: string, initialData: TMember[]) {
  return useQuery({
    queryKey: teamKeys.members(teamId),
    queryFn: async ({ signal }) => (await apiFetch<{ members: TMember[] }>(`/api/v1/teams/${teamId}/members`, { signal })).members,
    initialData,
  });
}

export function useMemberMutations(teamId: string) {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: teamKeys.members(teamId) });
  const update = useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; role?: TTeamRole; skills?: string[] }) =>
      apiFetch<{ member: TMember }>(`/api/v1/teams/${teamId}/members/${id}`, { method: "PATCH", body }),
    onSettled: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/teams/${teamId}/members/${id}`, { method: "DELETE" }),
    onSettled: invalidate,
  });
  return { update, remove };
}

export function useInvitations(teamId: string, initialData: TInvitation[]) {
  return useQuery({
    queryKey: teamKeys.invitations(teamId),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ invitations: TInvitation[] }>(`/api/v1/teams/${teamId}/invitations`, { signal })).invitations,
    initialData,
  });
}

export function useInvitationMutations(teamId: string) {
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: teamKeys.invitations(teamId) });
  const create = useMutation({
    mutationFn: (body: { role: TTeamRole; label?: string }) =>
      apiFetch<{ invitation: TInvitation; token: string; path: string }>(`/api/v1/teams/${teamId}/invitations`, { method: "POST", body }),
    onSuccess: invalidate,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/teams/${teamId}/invitations/${id}`, { method: "DELETE" }),
    onSettled: invalidate,
  });
  return { create, revoke };
}
