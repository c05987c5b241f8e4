import "server-only";
import type { ComponentId } from "@/lib/pipeline/components";
import type { OwnerSuggestion } from "@/lib/recommend/types";
import type { MaturitySnapshot, RoadmapNodeFacts } from "@/lib/roadmap/types";
import type { TTeamRole } from "@/lib/teams/roles";
import type { TRoadmapResponse } from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { getDb } from "./db";
import { projectRecommendations } from "./recommendations";
import { listItemRows, teamMembers, toItem } from "./roadmap-rows";
import { maturitySnapshots, pipelineFacts } from "./roadmap-sources";
import type { SessionUser } from "./session";

// The Roadmap tab's data in one read: the roadmap as GET …/roadmap answers it (the board's
// TanStack query starts from it), who is looking (their membership decides what the UI
// offers, with can()), and the inputs of the progress strip (lib/roadmap/progress.ts):
// the diagram's nodes for the share automated, the submitted assessments for the trend;
// and the recommendations' owner suggestions for the item dialog's owner field.

/** Who could own work on a component with a tool (the recommendations' top tools per gap). */
export type RoadmapOwnerSuggestions = {
  componentId: ComponentId;
  toolSlug: string;
  toolName: string;
  /** Via the tool before via its family, experts first, least loaded first; id-able by membershipId. */
  owners: OwnerSuggestion[];
}[];

/** Tools per gap whose owners are offered (the recommendations page shows the top three). */
const TOOLS_PER_GAP = 3;

export type RoadmapPageData = {
  project: { id: string; name: string; teamId: string };
  roadmap: TRoadmapResponse;
  me: { membershipId: string; role: TTeamRole };
  nodes: readonly RoadmapNodeFacts[];
  /** Submitted assessments, oldest first (lib/roadmap/progress.ts maturityTrend). */
  maturity: MaturitySnapshot[];
  ownerSuggestions: RoadmapOwnerSuggestions;
};

export async function loadRoadmapPage(user: SessionUser, projectId: string): Promise<RoadmapPageData> {
  const db = getDb();
  const { project, membership } = await requireProjectAccess(db, user, projectId, "team.read");
  const [rows, members, pipeline, maturity, { recommendations }] = await Promise.all([
    listItemRows(db, projectId),
    teamMembers(db, project.teamId),
    pipelineFacts(db, projectId),
    maturitySnapshots(db, projectId),
    projectRecommendations(user, projectId),
  ]);
  return {
    project: { id: project.id, name: project.name, teamId: project.teamId },
    roadmap: { projectId, roadmapVersion: project.roadmapVersion, items: rows.map(toItem), members },
    me: { membershipId: membership.id, role: membership.role },
    nodes: pipeline.nodes,
    maturity,
    ownerSuggestions: recommendations.gaps.flatMap((gap) =>
      gap.tools
        .slice(0, TOOLS_PER_GAP)
        .filter((tool) => tool.owners.length > 0)
        .map((tool) => ({ componentId: gap.component, toolSlug: tool.slug, toolName: tool.name, owners: tool.owners })),
    ),
  };
}
