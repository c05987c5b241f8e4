import type { MaturitySnapshot, RoadmapNodeFacts } from "@/lib/roadmap/types";
import { can, type TTeamRole } from "@/lib/teams/roles";
import type { TRoadmapResponse } from "@/lib/validation/roadmap";
import { ExportMenu } from "./export-menu";
import { GenerateRoadmap } from "./generate-dialog";
import { ItemFromUrl } from "./item-from-url";
import { ProgressHeader } from "./progress-header";

type Input = {
  teamId: string;
  projectId: string;
  role: TTeamRole;
  /** The page loader's data (lib/server/roadmap-page.ts RoadmapPageData). */
  data: {
    roadmap: TRoadmapResponse;
    nodes: readonly Pick<RoadmapNodeFacts, "kind" | "automation">[];
    maturity: readonly MaturitySnapshot[];
  };
};

/**
 * The Roadmap tab's slots that h/roadmap-extras fills (RoadmapView's header, generate and
 * exportMenu), from the page's data: one spread in the page keeps the page's own code apart.
 */
export function roadmapExtras({ teamId, projectId, role, data }: Input) {
  return {
    header: (
      <>
        <ProgressHeader
          teamId={teamId}
          projectId={projectId}
          roadmap={data.roadmap}
          nodes={data.nodes.map((n) => ({ kind: n.kind, automation: n.automation }))}
          maturity={data.maturity}
        />
        <ItemFromUrl projectId={projectId} />
      </>
    ),
    generate: (
      <GenerateRoadmap
        teamId={teamId}
        projectId={projectId}
        canPlan={can(role, "roadmap.plan")}
        hasPipeline={data.nodes.length > 0}
      />
    ),
    exportMenu: <ExportMenu teamId={teamId} projectId={projectId} />,
  };
}
