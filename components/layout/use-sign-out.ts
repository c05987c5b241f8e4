"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/client/auth-client";
import { confirmLeave } from "@/lib/client/leave-guard";

/** Signs out and goes to the sign-in page; resolves false when the user chose to stay. */
export function useSignOut() {
  const router = useRouter();
  return useMutation({
    mutationFn: async () => {
      // The page may hold unsaved work (the canvas): it saves first, or the user chooses.
      if (!(await confirmLeave())) return false;
      const { error } = await authClient.signOut();
      if (error) throw new Error("Could not sign out. Try again.");
      return true;
    },
    onSuccess: (signedOut) => {
      if (!signedOut) return;
      router.replace("/sign-in");
      router.refresh();
    },
  });
}
