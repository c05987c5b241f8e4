import "server-only";
import type { MaturitySnapshot, RoadmapNodeFacts } from "@/lib/roadmap/types";
import type { TTeamRole } from "@/lib/teams/roles";
import type { TRoadmapResponse } from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { getDb } from "./db";
import { listItemRows, teamMembers, toItem } from "./roadmap-rows";
import { maturitySnapshots, pipelineFacts } from "./roadmap-sources";
import type { SessionUser } from "./session";

// The Roadmap tab's data in one read: the roadmap as GET …/roadmap answers it (the board's
// TanStack query starts from it), who is looking (their membership decides what the UI
// offers, with can()), and the inputs of the progress strip (lib/roadmap/progress.ts):
// the diagram's nodes for the share automated, the submitted assessments for the trend.

export type RoadmapPageData = {
  project: { id: string; name: string; teamId: string };
  roadmap: TRoadmapResponse;
  me: { membershipId: string; role: TTeamRole };
  nodes: readonly RoadmapNodeFacts[];
  /** Submitted assessments, oldest first (lib/roadmap/progress.ts maturityTrend). */
  maturity: MaturitySnapshot[];
};

export async function loadRoadmapPage(user: SessionUser, projectId: string): Promise<RoadmapPageData> {
  const db = getDb();
  const { project, membership } = await requireProjectAccess(db, user, projectId, "team.read");
  const [rows, members, pipeline, maturity] = await Promise.all([
    listItemRows(db, projectId),
    teamMembers(db, project.teamId),
    pipelineFacts(db, projectId),
    maturitySnapshots(db, projectId),
  ]);
  return {
    project: { id: project.id, name: project.name, teamId: project.teamId },
    roadmap: { projectId, roadmapVersion: project.roadmapVersion, items: rows.map(toItem), members },
    me: { membershipId: membership.id, role: membership.role },
    nodes: pipeline.nodes,
    maturity,
  };
}
