import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Questionnaire } from "@/components/assessment/questionnaire";
import { getDraft } from "@/lib/server/assessments";
import { loadProjectPage } from "@/lib/server/project-page";
import { can } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Take the assessment" };

export default async function TakeAssessmentPage({
  params,
}: PageProps<"/teams/[teamId]/projects/[projectId]/assessment/take">) {
  const { teamId, projectId } = await params;
  const { user, role } = await loadProjectPage(teamId, projectId);
  const base = `/teams/${teamId}/projects/${projectId}/assessment`;
  if (!can(role, "assessment.take")) redirect(base);
  const { draft, proposal } = await getDraft(user, projectId);
  const start = draft
    ? {
        ref: { id: draft.id, version: draft.version },
        answers: draft.answers,
        savedAt: draft.updatedAt,
        savedBy: draft.updatedBy?.name ?? null,
        startedBy: draft.createdBy?.name ?? null,
      }
    : { ref: { id: null, version: null }, answers: proposal!.answers, savedAt: null, savedBy: null, startedBy: null };
  return (
    <Questionnaire
      // A new draft (a teammate's, or after a submit) starts a fresh questionnaire state.
      key={draft?.id ?? "new"}
      projectId={projectId}
      resultsBase={base}
      bank={draft?.bank ?? proposal!.bank}
      suggestions={draft?.suggestions ?? proposal!.suggestions}
      start={start}
    />
  );
}
