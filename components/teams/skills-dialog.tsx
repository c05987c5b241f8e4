"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { X } from "lucide-react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import { ApiError } from "@/lib/client/api";
import { cn } from "@/lib/cn";
import { FAMILIARITIES, LANGUAGE_LABELS, LANGUAGES, type Familiarity } from "@/lib/teams/profile";
import {
  MAX_SKILLS_NOTE,
  ZMemberSkillsUpdate,
  type TMemberSkills,
  type TMemberSkillsUpdate,
} from "@/lib/validation/team-profile";
import { ToggleChips } from "./toggle-chips";
import { toolName } from "./tool-name";
import { ToolPicker } from "./tool-picker";

const LANGUAGE_OPTIONS = LANGUAGES.map((value) => ({ value, label: LANGUAGE_LABELS[value] }));
const FAMILIARITY_LABELS: Record<Familiarity, string> = { some: "Some", expert: "Expert" };

export function SkillsDialog({
  open,
  onOpenChange,
  memberName,
  skills,
  onSave,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  memberName: string;
  skills: TMemberSkills;
  onSave: (skills: TMemberSkillsUpdate) => Promise<void>;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Skills of {memberName}</DialogTitle>
          <DialogDescription>
            The tools from the catalog they know and how well, and the languages they write. Recommendations use them to
            match tools to people and to suggest owners.
          </DialogDescription>
        </DialogHeader>
        {open && <SkillsForm skills={skills} onSave={onSave} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

/** Mounted each time the dialog opens, so it starts from the member's current skills. */
function SkillsForm({
  skills,
  onSave,
  onDone,
}: {
  skills: TMemberSkills;
  onSave: (skills: TMemberSkillsUpdate) => Promise<void>;
  onDone: () => void;
}) {
  const form = useForm({
    resolver: zodResolver(ZMemberSkillsUpdate),
    defaultValues: { version: skills.version, tools: skills.tools, languages: skills.languages, note: skills.note },
  });

  async function save(values: TMemberSkillsUpdate) {
    try {
      await onSave(values);
      onDone();
    } catch (e) {
      const current =
        e instanceof ApiError && e.status === 409 ? (e.body.current as TMemberSkills | undefined) : undefined;
      // Someone saved in between: show their version, keep nothing of ours silently.
      if (current) form.reset({ ...current });
      form.setError("root", { message: e instanceof ApiError ? e.message : "Could not save the skills." });
    }
  }

  return (
    <Form {...form}>
      <form className="grid gap-4" onSubmit={form.handleSubmit(save)} noValidate>
        <FormField
          control={form.control}
          name="tools"
          render={({ field }) => (
            <FormItem>
              <fieldset className="grid gap-2">
                <legend className="mb-2 text-sm font-medium">Tools they know</legend>
                {field.value.length === 0 && (
                  <p className="text-sm text-muted-foreground">No tools yet: add the ones they have worked with.</p>
                )}
                <ul className="grid gap-1.5" aria-label="Known tools">
                  {field.value.map((tool, i) => (
                    <li key={tool.slug} className="flex items-center gap-2 rounded-md border px-2 py-1.5">
                      <span className="min-w-0 flex-1 truncate text-sm font-medium">{toolName(tool.slug)}</span>
                      <div
                        role="group"
                        aria-label={`Familiarity with ${toolName(tool.slug)}`}
                        className="flex overflow-hidden rounded-md border"
                      >
                        {FAMILIARITIES.map((f) => (
                          <button
                            key={f}
                            type="button"
                            aria-pressed={tool.familiarity === f}
                            onClick={() =>
                              field.onChange(field.value.map((t, j) => (j === i ? { ...t, familiarity: f } : t)))
                            }
                            className={cn(
                              "px-2.5 py-1 text-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                              tool.familiarity === f
                                ? "bg-primary text-primary-foreground"
                                : "bg-transparent hover:bg-accent hover:text-accent-foreground",
                            )}
                          >
                            {FAMILIARITY_LABELS[f]}
                          </button>
                        ))}
                      </div>
                      <Button
                        type="button"
                        variant="ghost"
                        size="icon"
                        className="size-7"
                        aria-label={`Remove ${toolName(tool.slug)}`}
                        onClick={() => field.onChange(field.value.filter((_, j) => j !== i))}
                      >
                        <X className="size-3.5" aria-hidden="true" />
                      </Button>
                    </li>
                  ))}
                </ul>
                <div>
                  <ToolPicker
                    chosen={field.value.map((t) => t.slug)}
                    onPick={(slug) => field.onChange([...field.value, { slug, familiarity: "some" }])}
                  />
                </div>
              </fieldset>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="languages"
          render={({ field }) => (
            <FormItem>
              <fieldset>
                <legend className="mb-2 text-sm font-medium">Languages</legend>
                <ToggleChips
                  label="Languages"
                  options={LANGUAGE_OPTIONS}
                  value={field.value}
                  onChange={field.onChange}
                />
              </fieldset>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="note"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Note</FormLabel>
              <FormControl>
                <Textarea {...field} rows={2} maxLength={MAX_SKILLS_NOTE + 100} placeholder="data scientist, on call" />
              </FormControl>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        {form.formState.errors.root && (
          <p role="alert" className="text-sm text-destructive">
            {form.formState.errors.root.message}
          </p>
        )}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting && <Spinner className="size-4" />}
            Save skills
          </Button>
        </DialogFooter>
      </form>
    </Form>
  );
}
