"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/client/api";

/** POST /api/v1/invitations/:token/accept, then opens the team joined. */
export function useAcceptInvitation(token: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ membership: { teamId: string } }>(`/api/v1/invitations/${token}/accept`, { method: "POST" }),
    onSuccess: ({ membership }) => {
      router.replace(`/teams/${membership.teamId}`);
      router.refresh();
    },
  });
}
