import { Map as MapIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { RecommendationsView } from "@/components/recommendations/recommendations-view";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { loadProjectPage } from "@/lib/server/project-page";
import { projectRecommendations } from "@/lib/server/recommendations";
import { can } from "@/lib/teams/roles";

export const metadata: Metadata = { title: "Recommendations" };

export default async function RecommendationsPage({
  params,
}: PageProps<"/teams/[teamId]/projects/[projectId]/recommendations">) {
  const { teamId, projectId } = await params;
  const { user, role } = await loadProjectPage(teamId, projectId);
  const data = await projectRecommendations(user, projectId);
  // Without a diagram every component is "missing" and the ranking says nothing about this
  // team's pipeline, so the tab asks for the pipeline first instead of listing all 22.
  if (!data.recommendations.context.hasPipeline)
    return (
      <EmptyState
        icon={MapIcon}
        title="Draw or import your pipeline"
        description="Recommendations start from your pipeline: which components are missing or still manual. Draw it on the canvas, start from a template, or import a notebook."
        action={
          <Link className={buttonVariants()} href={`/teams/${teamId}/projects/${projectId}/pipeline`}>
            Open the Pipeline tab
          </Link>
        }
      />
    );
  return (
    <RecommendationsView
      teamId={teamId}
      projectId={projectId}
      canChoose={can(role, "roadmap.propose")}
      canRemove={can(role, "roadmap.plan")}
      recommendations={data.recommendations}
      chosen={data.chosen}
      radar={data.radar}
    />
  );
}
