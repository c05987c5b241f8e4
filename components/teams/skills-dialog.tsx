"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
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
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { splitSkills, ZSkillsForm } from "@/lib/teams/skills-text";

const SUGGESTIONS = [
  "data scientist",
  "ML engineer",
  "data engineer",
  "DevOps",
  "backend engineer",
  "SRE",
  "product owner",
];

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
  skills: string[];
  onSave: (skills: string[]) => Promise<void>;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Skills of {memberName}</DialogTitle>
          <DialogDescription>
            Free text, separated by commas. Recommendations use them to match tools to people.
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
  skills: string[];
  onSave: (skills: string[]) => Promise<void>;
  onDone: () => void;
}) {
  const form = useForm({ resolver: zodResolver(ZSkillsForm), defaultValues: { text: skills.join(", ") } });
  const parsed = splitSkills(useWatch({ control: form.control, name: "text" }));

  async function save({ text }: { text: string[] }) {
    try {
      await onSave(text);
      onDone();
    } catch (e) {
      form.setError("text", { message: e instanceof Error ? e.message : "Could not save the skills." });
    }
  }

  return (
    <Form {...form}>
      <form className="grid gap-3" onSubmit={form.handleSubmit(save)}>
        <FormField
          control={form.control}
          name="text"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Skills</FormLabel>
              <FormControl>
                <Input {...field} placeholder="data scientist, DevOps" />
              </FormControl>
              <FormMessage role="alert" />
            </FormItem>
          )}
        />
        <div className="flex flex-wrap gap-1.5" aria-label="Suggestions">
          {SUGGESTIONS.filter((s) => !parsed.some((p) => p.toLowerCase() === s.toLowerCase())).map((s) => (
            <Badge key={s} variant="outline" asChild>
              <button
                type="button"
                onClick={() => form.setValue("text", parsed.length ? `${parsed.join(", ")}, ${s}` : s)}
              >
                + {s}
              </button>
            </Badge>
          ))}
        </div>
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
