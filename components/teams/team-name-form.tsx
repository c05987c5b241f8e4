"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/client/api";
import { ZTeamRename } from "@/lib/validation/teams";
import { useRenameTeam } from "./use-rename-team";

export function TeamNameForm({ teamId, name, canEdit }: { teamId: string; name: string; canEdit: boolean }) {
  const { mutateAsync: rename } = useRenameTeam(teamId);
  const form = useForm({ resolver: zodResolver(ZTeamRename), defaultValues: { name } });
  const value = useWatch({ control: form.control, name: "name" });
  const pending = form.formState.isSubmitting;

  async function submit(values: { name: string }) {
    try {
      await rename(values);
      toast.success("Team renamed.");
    } catch (e) {
      form.setError("name", { message: e instanceof ApiError ? e.message : "Could not rename the team." });
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(submit)} className="grid gap-2 sm:max-w-md" noValidate>
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem className="gap-2">
              <FormLabel>Team name</FormLabel>
              <div className="flex gap-2">
                <FormControl>
                  <Input {...field} disabled={!canEdit} />
                </FormControl>
                {canEdit && (
                  <Button type="submit" variant="outline" disabled={pending || value.trim() === name}>
                    {pending && <Spinner className="size-4" />}
                    Save
                  </Button>
                )}
              </div>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        {!canEdit && <p className="text-xs text-muted-foreground">Only leads can rename the team.</p>}
      </form>
    </Form>
  );
}
