import { ClipboardCheck, ClipboardPen } from "lucide-react";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import type { TAssessmentSummary } from "@/lib/validation/assessment-records";
import { timeAgo } from "./time-ago";

/** The tab's title row: "Take a new assessment" or "Continue draft" (with who saved it when) for those who may. */
export function AssessmentHeader({
  base,
  draft,
  canTake,
  hasResults,
}: {
  base: string;
  draft: TAssessmentSummary | null;
  canTake: boolean;
  hasResults: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h2 className="text-xl font-semibold">Maturity assessment</h2>
      {canTake && (
        <div className="flex flex-wrap items-center gap-3">
          {draft && (
            <p className="text-sm text-muted-foreground" suppressHydrationWarning>
              Draft by {draft.createdBy?.name ?? "a former member"}, saved {timeAgo(draft.updatedAt)}
              {draft.updatedBy && draft.updatedBy.id !== draft.createdBy?.id ? ` by ${draft.updatedBy.name}` : ""}
            </p>
          )}
          <Button asChild>
            <IntentLink href={`${base}/take`}>
              {draft ? <ClipboardPen aria-hidden="true" /> : <ClipboardCheck aria-hidden="true" />}
              {draft ? "Continue draft" : hasResults ? "Take a new assessment" : "Take the assessment"}
            </IntentLink>
          </Button>
        </div>
      )}
    </div>
  );
}
