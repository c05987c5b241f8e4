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
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { DraftSaver } from "@/lib/client/draft-saver";
import { useSubmitDraft } from "./use-draft";

type Props = {
  projectId: string;
  resultsBase: string;
  saver: DraftSaver;
  unanswered: number;
  notSure: number;
  disabled: boolean;
};

/** Submit; with questions unanswered it asks first. Disabled while the submit is under way. */
export function SubmitBar({ projectId, resultsBase, saver, unanswered, notSure, disabled }: Props) {
  const submit = useSubmitDraft(projectId, (id) => `${resultsBase}/${id}`);
  const [asking, setAsking] = useState(false);
  const go = () => submit.mutate(saver);
  return (
    <div className="flex flex-wrap items-center gap-3 border-t pt-4">
      <Button onClick={() => (unanswered > 0 ? setAsking(true) : go())} disabled={disabled || submit.isPending}>
        {submit.isPending && <Spinner />} Submit assessment
      </Button>
      <p className="text-sm text-muted-foreground">
        {unanswered > 0
          ? `${unanswered} unanswered. Unanswered and "not sure" questions lower the confidence, never the level.`
          : notSure > 0
            ? `All answered (${notSure} "not sure").`
            : "All questions answered."}
      </p>
      {submit.error && (
        <p role="alert" className="basis-full text-sm text-destructive">
          {submit.error.message}
        </p>
      )}
      <AlertDialog open={asking} onOpenChange={setAsking}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>Submit with {unanswered} questions unanswered?</AlertDialogTitle>
            <AlertDialogDescription>
              Unanswered questions lower the confidence of the result. A submitted assessment cannot be changed; a new
              one starts from these answers.
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel>Keep answering</AlertDialogCancel>
            <AlertDialogAction onClick={go}>Submit anyway</AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
