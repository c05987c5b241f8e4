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
import { ZSignIn, type TSignIn } from "@/lib/validation/auth";
import { useSignIn } from "./use-sign-in";

export function SignInForm({ next }: { next: string }) {
  const { mutateAsync: signIn } = useSignIn(next);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSignIn>({ resolver: zodResolver(ZSignIn), defaultValues: { email: "", password: "" } });

  async function onSubmit(values: TSignIn) {
    setFormError(null);
    try {
      await signIn(values);
    } catch (error) {
      setFormError(error instanceof Error ? error.message : "Could not sign in.");
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
        <TextFormField control={form.control} name="email" label="Email" type="email" autoComplete="email" />
        <TextFormField
          control={form.control}
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
        />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting && <Spinner className="size-4" />}
          Sign in
        </Button>
        <p className="text-center text-sm text-muted-foreground">
          New to MLOps Map?{" "}
          <Link
            href={`/sign-up?next=${encodeURIComponent(next)}`}
            className="font-medium text-foreground underline-offset-4 hover:underline"
          >
            Create an account
          </Link>
        </p>
      </form>
    </Form>
  );
}
