import { redirect } from "next/navigation";

export default async function ProjectPage({ params }: PageProps<"/teams/[teamId]/projects/[projectId]">) {
  const { teamId, projectId } = await params;
  redirect(`/teams/${teamId}/projects/${projectId}/pipeline`);
}
