import type { Metadata } from "next";
import { roadmapExtras } from "@/components/roadmap/roadmap-extras";
import { RoadmapWorkspace } from "@/components/roadmap/roadmap-workspace";
import { loadProjectPage } from "@/lib/server/project-page";
import { roadmapOwnerSuggestions } from "@/lib/server/roadmap-owner-suggestions";
import { loadRoadmapPage } from "@/lib/server/roadmap-page";
import { can } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Roadmap" };

export default async function RoadmapPage({ params }: PageProps<"/teams/[teamId]/projects/[projectId]/roadmap">) {
  const { teamId, projectId } = await params;
  const { user, role } = await loadProjectPage(teamId, projectId);
  // Owner suggestions run the recommendation engine: only leads assign owners, so only they wait for it.
  const [data, ownerSuggestions] = await Promise.all([
    loadRoadmapPage(user, projectId),
    can(role, "roadmap.plan") ? roadmapOwnerSuggestions(user, projectId) : Promise.resolve({}),
  ]);
  return (
    <RoadmapWorkspace
      projectId={projectId}
      initial={data.roadmap}
      viewer={{ role: data.me.role, membershipId: data.me.membershipId, userId: user.id }}
      // Data sets and external systems are not work to automate; steps and components are.
      nodes={data.nodes
        .filter((n) => n.kind === "step" || n.kind === "component")
        .map((n) => ({ id: n.id, title: n.title, phase: n.phase, automation: n.automation }))}
      ownerSuggestions={ownerSuggestions}
      // h/roadmap-extras: the progress header, "Generate roadmap" and the export menu.
      {...roadmapExtras({ teamId, projectId, role, data })}
    />
  );
}
