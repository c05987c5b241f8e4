"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/client/api";
import type { TTeamCreate } from "@/lib/validation/teams";

/** POST /api/v1/teams, then opens the new team (the header's team list comes from the server). */
export function useCreateTeam() {
  const router = useRouter();
  return useMutation({
    mutationFn: (body: TTeamCreate) => apiFetch<{ team: { id: string } }>("/api/v1/teams", { method: "POST", body }),
    onSuccess: ({ team }) => {
      router.push(`/teams/${team.id}`);
      router.refresh();
    },
  });
}
