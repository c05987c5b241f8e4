"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { apiFetch } from "@/lib/client/api";
import type { z } from "zod";
import type { ZTeamRename } from "@/lib/validation/teams";

/** PATCH /api/v1/teams/:teamId; the pages showing the name are server-rendered, hence the refresh. */
export function useRenameTeam(teamId: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: (body: z.infer<typeof ZTeamRename>) => apiFetch(`/api/v1/teams/${teamId}`, { method: "PATCH", body }),
    onSuccess: () => router.refresh(),
  });
}
