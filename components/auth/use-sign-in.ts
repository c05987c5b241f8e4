"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/client/auth-client";
import { authErrorMessage } from "@/lib/client/auth-error-message";
import { safeNextPath } from "@/lib/navigation/safe-next";
import type { TSignIn } from "@/lib/validation/auth";

/** Signs in and goes to `next`; a refusal throws an Error whose message is for the form. */
export function useSignIn(next: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: async (values: TSignIn) => {
      const { error } = await authClient.signIn.email(values);
      if (!error) return;
      throw new Error(
        error.status === 401
          ? "Wrong email or password."
          : authErrorMessage(error, {
              tooMany: "Too many sign-in attempts. Wait a few minutes and try again.",
              fallback: "Could not sign in.",
            }),
      );
    },
    onSuccess: () => {
      // The page already checked `next`; checking again here keeps the one rule where the browser navigates.
      router.replace(safeNextPath(next));
      router.refresh();
    },
  });
}
