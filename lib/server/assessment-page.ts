import "server-only";
import { compareResults } from "@/lib/assessment/compare";
import type { AssessmentComparison } from "@/lib/assessment/types";
import type { TAssessment, TAssessmentSummary } from "@/lib/validation/assessment-records";
import type { TChoice } from "@/lib/validation/choices";
import { getAssessment, listAssessments } from "./assessments";
import { listChoices } from "./choices";
import { orNotFound } from "./pages";
import type { SessionUser } from "./session";

export type ResultsPageData = {
  assessment: (TAssessment & { result: NonNullable<TAssessment["result"]> }) | null;
  previous: TAssessment | null;
  comparison: AssessmentComparison | null;
  history: TAssessmentSummary[];
  draft: TAssessmentSummary | null;
  choices: TChoice[];
};

/**
 * What the results view needs: the assessment (the latest submitted one when no id is
 * given), the one submitted before it for the change and the radar's outline, the history
 * for the list and trend, the team's draft and the items already chosen for the roadmap.
 */
export async function loadResults(
  user: SessionUser,
  projectId: string,
  assessmentId?: string,
): Promise<ResultsPageData> {
  const [{ assessments: history, draft }, choices] = await Promise.all([
    listAssessments(user, projectId),
    listChoices(user, projectId),
  ]);
  const id = assessmentId ?? history[0]?.id;
  const empty = { assessment: null, previous: null, comparison: null, history, draft, choices };
  if (!id) return empty;
  const assessment = await orNotFound(getAssessment(user, projectId, id));
  if (!assessment.result) return empty;
  const index = history.findIndex((h) => h.id === id);
  const previousId = index >= 0 ? history[index + 1]?.id : undefined;
  const previous = previousId ? await getAssessment(user, projectId, previousId) : null;
  const comparison = previous?.result ? compareResults(previous.result, assessment.result) : null;
  return { assessment: { ...assessment, result: assessment.result }, previous, comparison, history, draft, choices };
}
