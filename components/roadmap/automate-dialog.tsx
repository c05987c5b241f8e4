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
import { Button } from "@/components/ui/button";
import { automateQuestion } from "@/lib/roadmap/automation-ask";

export type AutomateAsk = { count: number; resolve: (answer: "yes" | "no" | "cancel") => void };

/** Done with linked steps not yet automated: ask whether they are automated now (never silently). */
export function AutomateDialog({ ask, onDone }: { ask: AutomateAsk | null; onDone: () => void }) {
  const answer = (value: "yes" | "no" | "cancel") => {
    ask?.resolve(value);
    onDone();
  };
  return (
    <AlertDialog open={ask !== null} onOpenChange={(open) => !open && answer("cancel")}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{automateQuestion(ask?.count ?? 0)}</AlertDialogTitle>
          <AlertDialogDescription>
            The item is done. If its work automated the linked pipeline{" "}
            {ask?.count === 1 ? "step, the step" : "steps, they"} can be marked Automated on the canvas now.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel onClick={() => answer("cancel")}>Cancel</AlertDialogCancel>
          <Button variant="outline" onClick={() => answer("no")}>
            No, just mark it done
          </Button>
          <AlertDialogAction onClick={() => answer("yes")}>Yes, mark automated</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
