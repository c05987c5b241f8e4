"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { teamKeys } from "@/lib/client/query-keys";
import type {
  TMemberSkills,
  TMemberSkillsUpdate,
  TTeamProfile,
  TTeamProfileUpdate,
} from "@/lib/validation/team-profile";

export function useTeamProfile(teamId: string, initialData: TTeamProfile) {
  return useQuery({
    queryKey: teamKeys.profile(teamId),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ profile: TTeamProfile }>(`/api/v1/teams/${teamId}/profile`, { signal })).profile,
    initialData,
  });
}

/** PUT /api/v1/teams/:teamId/profile (leads). The answer is the saved profile, put in the cache as is. */
export function useUpdateTeamProfile(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TTeamProfileUpdate) =>
      apiFetch<{ profile: TTeamProfile }>(`/api/v1/teams/${teamId}/profile`, { method: "PUT", body }),
    onSuccess: ({ profile }) => queryClient.setQueryData(teamKeys.profile(teamId), profile),
  });
}

/**
 * PUT /api/v1/teams/:teamId/members/:memberId/skills (a lead, or the member themselves).
 * What the team knows is derived from everyone's skills, so the profile is read again too.
 */
export function useSetMemberSkills(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, ...body }: TMemberSkillsUpdate & { memberId: string }) =>
      apiFetch<{ skills: TMemberSkills }>(`/api/v1/teams/${teamId}/members/${memberId}/skills`, {
        method: "PUT",
        body,
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.members(teamId) }),
        queryClient.invalidateQueries({ queryKey: teamKeys.profile(teamId) }),
      ]),
  });
}
