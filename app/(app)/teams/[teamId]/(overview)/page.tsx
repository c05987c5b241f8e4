import type { Metadata } from "next";
import { ProjectList } from "@/components/projects/project-list";
import { loadTeamPage, loadTeamProjects } from "@/lib/server/team-page";

export async function generateMetadata({ params }: PageProps<"/teams/[teamId]">): Promise<Metadata> {
  const { teamId } = await params;
  const { team } = await loadTeamPage(teamId);
  return { title: team.name };
}

export default async function TeamDashboardPage({ params }: PageProps<"/teams/[teamId]">) {
  const { teamId } = await params;
  const [{ team }, projects] = await Promise.all([loadTeamPage(teamId), loadTeamProjects(teamId)]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <ProjectList teamId={team.id} role={team.role} initialProjects={projects} />
    </div>
  );
}
