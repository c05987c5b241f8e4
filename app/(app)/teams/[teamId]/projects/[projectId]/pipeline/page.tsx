import type { Metadata } from "next";
import { PipelineEditor } from "@/components/canvas/pipeline-editor";
import { listMembers } from "@/lib/server/members";
import { getPipeline } from "@/lib/server/pipeline";
import { loadProjectPage } from "@/lib/server/project-page";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage({ params }: PageProps<"/teams/[teamId]/projects/[projectId]/pipeline">) {
  const { teamId, projectId } = await params;
  const { user, project, role } = await loadProjectPage(teamId, projectId);
  const [pipeline, members] = await Promise.all([getPipeline(user, projectId), listMembers(user, teamId)]);
  return (
    <PipelineEditor
      projectId={project.id}
      projectName={project.name}
      role={role}
      members={members.map((m) => ({ id: m.id, name: m.name }))}
      initial={pipeline}
    />
  );
}
