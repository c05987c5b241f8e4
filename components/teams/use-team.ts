"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/client/api";
import { teamKeys } from "@/lib/client/query-keys";
import type { TTeamRole } from "@/lib/teams/roles";
import type { TInvitation, TMember } from "@/lib/validation/teams";

export function useMembers(teamId: string, initialData: TMember[]) {
  return useQuery({
    queryKey: teamKeys.members(teamId),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ members: TMember[] }>(`/api/v1/teams/${teamId}/members`, { signal })).members,
    initialData,
  });
}

/**
 * Changes to members. The pages are rendered for the current user's role, so changing your
 * own role refreshes them, and leaving the team goes back to the list of teams.
 */
export function useMemberMutations(teamId: string, currentUserId: string) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: teamKeys.members(teamId) });
  const update = useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; role: TTeamRole }) =>
      apiFetch<{ member: TMember }>(`/api/v1/teams/${teamId}/members/${id}`, { method: "PATCH", body }),
    onSuccess: ({ member }) => {
      if (member.userId === currentUserId) router.refresh();
    },
    onSettled: invalidate,
  });
  const remove = useMutation({
    mutationFn: (member: Pick<TMember, "id" | "userId">) =>
      apiFetch<void>(`/api/v1/teams/${teamId}/members/${member.id}`, { method: "DELETE" }),
    onSuccess: (_, member) => {
      if (member.userId !== currentUserId) return;
      router.replace("/teams");
      router.refresh();
    },
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
      apiFetch<{ invitation: TInvitation; token: string; path: string }>(`/api/v1/teams/${teamId}/invitations`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/v1/teams/${teamId}/invitations/${id}`, { method: "DELETE" }),
    onSettled: invalidate,
  });
  return { create, revoke };
}
