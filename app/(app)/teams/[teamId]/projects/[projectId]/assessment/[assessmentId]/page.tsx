import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { ResultsView } from "@/components/assessment/results-view";
import { loadResults } from "@/lib/server/assessment-page";
import { loadProjectPage } from "@/lib/server/project-page";
import { can } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Assessment results" };

export default async function AssessmentResultsPage({
  params,
}: PageProps<"/teams/[teamId]/projects/[projectId]/assessment/[assessmentId]">) {
  const { teamId, projectId, assessmentId } = await params;
  const { user, role } = await loadProjectPage(teamId, projectId);
  const data = await loadResults(user, projectId, assessmentId);
  const base = `/teams/${teamId}/projects/${projectId}/assessment`;
  // A draft has no results yet: it is answered on the questionnaire.
  if (!data.assessment) redirect(`${base}/take`);
  return (
    <div className="grid gap-6">
      <AssessmentHeader base={base} draft={data.draft} canTake={can(role, "assessment.take")} hasResults />
      <ResultsView
        projectId={projectId}
        base={base}
        assessment={data.assessment}
        previous={data.previous}
        comparison={data.comparison}
        history={data.history}
        choices={data.choices}
        canChoose={can(role, "roadmap.propose")}
      />
    </div>
  );
}
