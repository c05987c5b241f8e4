"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { TextFormField } from "@/components/forms/text-form-field";
import { Form } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/client/api";
import { ZTeamCreate, type TTeamCreate } from "@/lib/validation/teams";
import { useCreateTeam } from "./use-create-team";

export function CreateTeamForm({ autoFocus }: { autoFocus?: boolean }) {
  const { mutateAsync: createTeam } = useCreateTeam();
  const form = useForm({ resolver: zodResolver(ZTeamCreate), defaultValues: { name: "" } });

  async function onSubmit(values: TTeamCreate) {
    try {
      await createTeam(values);
    } catch (error) {
      form.setError("name", { message: error instanceof ApiError ? error.message : "Could not create the team." });
    }
  }

  return (
    <Form {...form}>
      <form
        onSubmit={form.handleSubmit(onSubmit)}
        className="flex flex-col gap-3 sm:flex-row sm:items-start"
        noValidate
      >
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
