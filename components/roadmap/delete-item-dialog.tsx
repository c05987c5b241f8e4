"use client";

import { useState } from "react";
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
import type { TRoadmapItem } from "@/lib/validation/roadmap";

/** Leads delete an item after confirming; its history stays in the audit log. */
export function DeleteItemDialog({
  item,
  onOpenChange,
  onConfirm,
}: {
  item: TRoadmapItem | null;
  onOpenChange: (open: boolean) => void;
  onConfirm: (item: TRoadmapItem) => Promise<void>;
}) {
  const [pending, setPending] = useState(false);
  return (
    <AlertDialog open={item !== null} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete “{item?.title}”?</AlertDialogTitle>
          <AlertDialogDescription>
            The item leaves the roadmap for the whole team. Linked pipeline steps stay as they are.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction
            variant="destructive"
            disabled={pending}
            onClick={async (event) => {
              event.preventDefault();
              if (!item) return;
              setPending(true);
              await onConfirm(item);
              setPending(false);
              onOpenChange(false);
            }}
          >
            {pending && <Spinner className="size-4" />}
            Delete item
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
