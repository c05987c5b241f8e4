"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import type { DraftSaveStatus } from "@/lib/client/draft-saver";
import type { TAssessment } from "@/lib/validation/assessment-records";

type Props = {
  status: Extract<DraftSaveStatus, { kind: "conflict" }>;
  resultsBase: string;
  onResolve: (theirs: TAssessment, keepMine: boolean) => void;
};

/** A teammate saved or submitted the draft meanwhile: nothing is overwritten until the user decides. */
export function ConflictNotice({ status, resultsBase, onResolve }: Props) {
  const theirs = status.current as TAssessment | undefined;
  if (status.code === "assessment_submitted" || theirs?.status === "SUBMITTED") {
    return (
      <Alert role="alert">
        <AlertTitle>This draft was submitted</AlertTitle>
        <AlertDescription>
          {status.message}{" "}
          {theirs && (
            <IntentLink className="underline" href={`${resultsBase}/${theirs.id}`}>
              See the results
            </IntentLink>
          )}
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <Alert role="alert">
      <AlertTitle>A teammate changed this draft</AlertTitle>
      <AlertDescription>
        <p>{status.message} Your latest answers are kept here until you choose.</p>
        {theirs && (
          <div className="mt-2 flex flex-wrap gap-2">
            <Button size="sm" variant="outline" onClick={() => onResolve(theirs, false)}>
              Load their answers
            </Button>
            <Button size="sm" onClick={() => onResolve(theirs, true)}>
              Keep mine
            </Button>
          </div>
        )}
      </AlertDescription>
    </Alert>
  );
}
