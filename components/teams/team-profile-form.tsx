"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Form, FormField, FormItem, FormMessage } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/client/api";
import { cn } from "@/lib/cn";
import {
  CLOUD_LABELS,
  CLOUDS,
  LANGUAGE_LABELS,
  LANGUAGES,
  TOOL_PREFERENCE_LABELS,
  TOOL_PREFERENCES,
  type ToolPreference,
} from "@/lib/teams/profile";
import { ZTeamProfileUpdate, type TTeamProfile, type TTeamProfileUpdate } from "@/lib/validation/team-profile";
import { ToggleChips } from "./toggle-chips";
import { useTeamProfile, useUpdateTeamProfile } from "./use-team-profile";

const LANGUAGE_OPTIONS = LANGUAGES.map((value) => ({ value, label: LANGUAGE_LABELS[value] }));
const CLOUD_OPTIONS = CLOUDS.map((value) => ({ value, label: CLOUD_LABELS[value] }));

const PREFERENCE_HINTS: Record<ToolPreference, string> = {
  open_source: "Tools you can run and fork; source-available licences are flagged.",
  managed: "Hosted services first, fewer servers to run.",
  none: "Rank by fit alone.",
};

const formValues = (p: TTeamProfile): TTeamProfileUpdate => ({
  version: p.version,
  languages: p.languages,
  clouds: p.clouds,
  preference: p.preference,
});

/** The team profile: what the recommendations are fitted to. Leads edit it; everyone else reads it. */
export function TeamProfileForm({
  teamId,
  initialProfile,
  canEdit,
}: {
  teamId: string;
  initialProfile: TTeamProfile;
  canEdit: boolean;
}) {
  const { data: profile } = useTeamProfile(teamId, initialProfile);
  const { mutateAsync: save } = useUpdateTeamProfile(teamId);
  const form = useForm({ resolver: zodResolver(ZTeamProfileUpdate), defaultValues: formValues(profile) });
  const pending = form.formState.isSubmitting;

  // A newer profile (saved here or by someone else, read again) replaces the form unless it is being edited.
  const { isDirty } = form.formState;
  useEffect(() => {
    if (!isDirty) form.reset(formValues(profile));
  }, [profile, isDirty, form]);

  async function submit(values: TTeamProfileUpdate) {
    try {
      const { profile: saved } = await save(values);
      form.reset(formValues(saved));
      toast.success("Team profile saved.");
    } catch (e) {
      const current =
        e instanceof ApiError && e.status === 409 ? (e.body.current as TTeamProfile | undefined) : undefined;
      if (current) form.reset(formValues(current));
      form.setError("root", { message: e instanceof ApiError ? e.message : "Could not save the team profile." });
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(submit)} className="grid gap-5" noValidate aria-label="Team profile">
        <FormField
          control={form.control}
          name="languages"
          render={({ field }) => (
            <FormItem>
              <fieldset className="grid gap-2">
                <legend className="mb-2 text-sm font-medium">Languages the team uses</legend>
                <ToggleChips
                  label="Languages"
                  options={LANGUAGE_OPTIONS}
                  value={field.value}
                  onChange={field.onChange}
                  disabled={!canEdit}
                  emptyText="No languages given yet"
                />
              </fieldset>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="clouds"
          render={({ field }) => (
            <FormItem>
              <fieldset className="grid gap-2">
                <legend className="mb-2 text-sm font-medium">Cloud</legend>
                <ToggleChips
                  label="Clouds"
                  options={CLOUD_OPTIONS}
                  value={field.value}
                  // "None yet" and a cloud exclude each other: choosing one clears the other.
                  onChange={(next) => {
                    const added = next.find((c) => !field.value.includes(c));
                    field.onChange(added === "none" ? ["none"] : added ? next.filter((c) => c !== "none") : next);
                  }}
                  disabled={!canEdit}
                  emptyText="Not given yet"
                />
              </fieldset>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="preference"
          render={({ field }) => (
            <FormItem>
              <fieldset className="grid gap-2">
                <legend className="mb-2 text-sm font-medium">Tool preference</legend>
                <div className="grid gap-2 sm:grid-cols-3">
                  {TOOL_PREFERENCES.map((value) => (
                    <label
                      key={value}
                      className={cn(
                        "flex cursor-pointer items-start gap-2 rounded-lg border p-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
                        !canEdit && "cursor-default opacity-80",
                      )}
                    >
                      <input
                        type="radio"
                        name={field.name}
                        value={value}
                        checked={field.value === value}
                        onChange={() => field.onChange(value)}
                        disabled={!canEdit}
                        className="mt-0.5 accent-primary"
                      />
                      <span className="grid gap-0.5">
                        <span className="font-medium">{TOOL_PREFERENCE_LABELS[value]}</span>
                        <span className="text-xs text-muted-foreground">{PREFERENCE_HINTS[value]}</span>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        {form.formState.errors.root && (
          <p role="alert" className="text-sm text-destructive">
            {form.formState.errors.root.message}
          </p>
        )}
        {canEdit ? (
          <div>
            <Button type="submit" disabled={pending || !isDirty}>
              {pending && <Spinner className="size-4" />}
              Save profile
            </Button>
          </div>
        ) : (
          <p className="text-xs text-muted-foreground">Only leads can edit the team profile.</p>
        )}
      </form>
    </Form>
  );
}
