"use client";

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

export type LeaveQuestion = { reason: string; answer: (leave: boolean) => void };

/** Asked when the save before leaving failed: staying is the default, leaving drops the changes. */
export function LeaveDialog({ question }: { question: LeaveQuestion | null }) {
  return (
    <AlertDialog open={question !== null} onOpenChange={(open) => !open && question?.answer(false)}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Leave without saving?</AlertDialogTitle>
          <AlertDialogDescription>{question?.reason} If you leave now, they are lost.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel autoFocus>Stay on this page</AlertDialogCancel>
          <AlertDialogAction variant="destructive" onClick={() => question?.answer(true)}>
            Leave without saving
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
