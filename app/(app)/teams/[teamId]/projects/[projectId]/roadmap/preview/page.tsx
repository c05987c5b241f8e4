import type { Metadata } from "next";
import { RoadmapPreview } from "@/components/roadmap/roadmap-preview";
import { loadProjectPage } from "@/lib/server/project-page";

export const metadata: Metadata = { title: "Roadmap preview" };

/** The roadmap's Markdown export (the API's file) rendered as a GFM viewer with Mermaid would show it. */
export default async function RoadmapPreviewPage({
  params,
}: PageProps<"/teams/[teamId]/projects/[projectId]/roadmap/preview">) {
  const { teamId, projectId } = await params;
  const { project } = await loadProjectPage(teamId, projectId);
  return <RoadmapPreview teamId={teamId} projectId={project.id} />;
}
