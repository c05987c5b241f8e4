import { ClipboardCheck } from "lucide-react";
import type { Metadata } from "next";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { ModelCitations } from "@/components/assessment/model-citations";
import { ResultsView } from "@/components/assessment/results-view";
import { EmptyState } from "@/components/ui/empty-state";
import { loadResults } from "@/lib/server/assessment-page";
import { loadProjectPage } from "@/lib/server/project-page";
import { can } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({ params }: PageProps<"/teams/[teamId]/projects/[projectId]/assessment">) {
  const { teamId, projectId } = await params;
  const { user, role } = await loadProjectPage(teamId, projectId);
  const data = await loadResults(user, projectId);
  const base = `/teams/${teamId}/projects/${projectId}/assessment`;
  const canTake = can(role, "assessment.take");
  return (
    <div className="grid gap-6">
      <AssessmentHeader base={base} draft={data.draft} canTake={canTake} hasResults={!!data.assessment} />
      {data.assessment ? (
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
      ) : (
        <>
          <EmptyState
            icon={ClipboardCheck}
            title={canTake ? "No assessment yet" : "No assessment has been submitted yet"}
            description={
              canTake
                ? "About 40 questions in eight dimensions. Answers your pipeline implies are suggested; you confirm or change each. The draft is saved as you go and shared with your team."
                : "When a lead or member of the team submits one, its results show here."
            }
          />
          <ModelCitations />
        </>
      )}
    </div>
  );
}
