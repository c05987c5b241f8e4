"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { TextFormField } from "@/components/forms/text-form-field";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { apiFetch, ApiError } from "@/lib/client/api";
import { ZTeamCreate } from "@/lib/validation/teams";

type Values = z.input<typeof ZTeamCreate>;

export function CreateTeamForm({ autoFocus }: { autoFocus?: boolean }) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(ZTeamCreate), defaultValues: { name: "" } });

  async function onSubmit(values: Values) {
    try {
      const { team } = await apiFetch<{ team: { id: string } }>("/api/v1/teams", { method: "POST", body: values });
      router.push(`/teams/${team.id}`);
      router.refresh();
    } catch (error) {
      form.setError("name", { message: error instanceof ApiError ? error.message : "Could not create the team." });
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
        <TextFormField
          control={form.control}
          name="name"
          label="Team name"
          placeholder="e.g. Demand forecasting"
          autoFocus={autoFocus}
          description="You become the team's lead and can invite others."
          className="flex-1"
        />
        <Button type="submit" className="sm:mt-[1.375rem]" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting && <Spinner className="size-4" />}
          Create team
        </Button>
      </form>
    </Form>
  );
}
