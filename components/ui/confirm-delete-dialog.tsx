"use client";

import { useState, type ReactNode } from "react";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Spinner } from "@/components/ui/spinner";

/**
 * "Delete X?" for `subject` (open while it is not null): the action waits for `onConfirm`
 * with a spinner, then closes. Cancel and the action are disabled meanwhile.
 */
export function ConfirmDeleteDialog<T>({
  subject,
  title,
  description,
  confirmLabel,
  onOpenChange,
  onConfirm,
}: {
  subject: T | null;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  onOpenChange: (open: boolean) => void;
  onConfirm: (subject: T) => Promise<void>;
}) {
  const [pending, setPending] = useState(false);
  return (
    <AlertDialog open={subject !== null} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            disabled={pending}
            onClick={async (event) => {
              event.preventDefault();
              if (subject === null) return;
              setPending(true);
              await onConfirm(subject);
              setPending(false);
              onOpenChange(false);
            }}
          >
            {pending && <Spinner className="size-4" />}
            {confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
