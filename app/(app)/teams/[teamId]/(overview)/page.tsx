import type { Metadata } from "next";
import { ProjectList } from "@/components/projects/project-list";
import { orNotFound } from "@/lib/server/pages";
import { listProjects } from "@/lib/server/projects";
import { requirePageUser } from "@/lib/server/session";
import { getTeam } from "@/lib/server/teams";

export async function generateMetadata({ params }: PageProps<"/teams/[teamId]">): Promise<Metadata> {
  const { teamId } = await params;
  const user = await requirePageUser();
  const team = await orNotFound(getTeam(user, teamId));
  return { title: team.name };
}

export default async function TeamDashboardPage({ params }: PageProps<"/teams/[teamId]">) {
  const { teamId } = await params;
  const user = await requirePageUser(`/teams/${teamId}`);
  const [team, projects] = await Promise.all([orNotFound(getTeam(user, teamId)), orNotFound(listProjects(user, teamId))]);
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <ProjectList teamId={team.id} role={team.role} initialProjects={projects} />
    </div>
  );
}
