"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/client/auth-client";
import { authErrorMessage } from "@/lib/client/auth-error-message";
import { safeNextPath } from "@/lib/navigation/safe-next";
import type { TSignUp } from "@/lib/validation/auth";

/** A refusal to show on the form: on one field when it is about that field. */
export class SignUpError extends Error {
  constructor(
    message: string,
    readonly field?: "email",
  ) {
    super(message);
  }
}

/** Creates the account (signed in) and goes to `next`; a refusal throws a SignUpError. */
export function useSignUp(next: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: async (values: TSignUp) => {
      const { error } = await authClient.signUp.email(values);
      if (!error) return;
      if (error.code === "USER_ALREADY_EXISTS" || error.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") {
        throw new SignUpError("An account with this email already exists. Sign in instead.", "email");
      }
      throw new SignUpError(
        authErrorMessage(error, {
          tooMany: "Too many attempts. Wait a minute and try again.",
          fallback: "Could not create the account.",
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
