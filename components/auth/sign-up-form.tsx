"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextFormField } from "@/components/forms/text-form-field";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { PASSWORD_MIN, ZSignUp, type TSignUp } from "@/lib/validation/auth";
import { SignUpError, useSignUp } from "./use-sign-up";

export function SignUpForm({ next }: { next: string }) {
  const { mutateAsync: signUp } = useSignUp(next);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSignUp>({
    resolver: zodResolver(ZSignUp),
    defaultValues: { name: "", email: "", password: "" },
  });

  async function onSubmit(values: TSignUp) {
    setFormError(null);
    try {
      await signUp(values);
    } catch (error) {
      if (error instanceof SignUpError && error.field) form.setError(error.field, { message: error.message });
      else setFormError(error instanceof Error ? error.message : "Could not create the account.");
    }
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
          <Link
            href={`/sign-in?next=${encodeURIComponent(next)}`}
            className="font-medium text-foreground underline-offset-4 hover:underline"
          >
            Sign in
          </Link>
        </p>
      </form>
    </Form>
  );
}
