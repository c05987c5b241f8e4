"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { TextFormField } from "@/components/forms/text-form-field";
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
import { ZProjectCreate } from "@/lib/validation/projects";

const ZValues = ZProjectCreate.extend({
  description: z.string().trim().max(2000, "Description must be at most 2000 characters."),
});
type Values = z.input<typeof ZValues>;

/** Create and rename share this dialog; `onSubmit` throws ApiError, shown on the form. */
export function ProjectFormDialog({
  open,
  onOpenChange,
  title,
  description,
  submitLabel,
  initial,
  onSubmit,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  submitLabel: string;
  initial?: { name: string; description: string };
  onSubmit: (values: { name: string; description: string }) => Promise<void>;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {open && (
          <ProjectForm
            initial={initial}
            submitLabel={submitLabel}
            onSubmit={onSubmit}
            onDone={() => onOpenChange(false)}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

/** Mounted each time the dialog opens: it starts from `initial` and keeps what the user types. */
function ProjectForm({
  initial,
  submitLabel,
  onSubmit,
  onDone,
}: {
  initial?: { name: string; description: string };
  submitLabel: string;
  onSubmit: (values: { name: string; description: string }) => Promise<void>;
  onDone: () => void;
}) {
  const form = useForm<Values>({
    resolver: zodResolver(ZValues),
    defaultValues: initial ?? { name: "", description: "" },
  });

  async function submit(values: Values) {
    try {
      await onSubmit({ name: values.name, description: values.description ?? "" });
      onDone();
    } catch (error) {
      const message = error instanceof ApiError ? error.message : "Something went wrong. Try again.";
      form.setError("root", { message });
    }
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(submit)} className="grid gap-4" noValidate>
        <TextFormField control={form.control} name="name" label="Project name" placeholder="e.g. Churn prediction" />
        <FormField
          control={form.control}
          name="description"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Description (optional)</FormLabel>
              <FormControl>
                <Textarea rows={3} placeholder="What the model does and who uses it" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        {form.formState.errors.root && (
          <p role="alert" className="text-sm text-destructive">
            {form.formState.errors.root.message}
          </p>
        )}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting && <Spinner className="size-4" />}
            {submitLabel}
          </Button>
        </DialogFooter>
      </form>
    </Form>
  );
}
