"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextFormField } from "@/components/forms/text-form-field";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { authClient } from "@/lib/client/auth-client";
import { safeNextPath } from "@/lib/navigation/safe-next";
import { PASSWORD_MIN, ZSignUp, type TSignUp } from "@/lib/validation/auth";

export function SignUpForm({ next }: { next: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSignUp>({ resolver: zodResolver(ZSignUp), defaultValues: { name: "", email: "", password: "" } });

  async function onSubmit(values: TSignUp) {
    setFormError(null);
    const { error } = await authClient.signUp.email(values);
    if (error) {
      if (error.code === "USER_ALREADY_EXISTS" || error.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL") {
        form.setError("email", { message: "An account with this email already exists. Sign in instead." });
      } else {
        setFormError(error.status === 429 ? "Too many attempts. Wait a minute and try again." : (error.message ?? "Could not create the account."));
      }
      return;
    }
    // The page already checked `next`; checking again here keeps the one rule where the browser navigates.
    router.replace(safeNextPath(next));
    router.refresh();
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="grid gap-4" noValidate>
        {formError && (
          <Alert variant="destructive">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        )}
        <TextFormField control={form.control} name="name" label="Name" autoComplete="name" />
        <TextFormField control={form.control} name="email" label="Email" type="email" autoComplete="email" />
        <TextFormField
          control={form.control}
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          description={`At least ${PASSWORD_MIN} characters, with a letter and a digit.`}
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting && <Spinner className="size-4" />}
          Create account
        </Button>
        <p className="text-center text-sm text-muted-foreground">
          Already have an account?{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="font-medium text-foreground underline-offset-4 hover:underline">
            Sign in
          </Link>
        </p>
      </form>
    </Form>
  );
}
