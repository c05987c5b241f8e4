import "server-only";
import { CATALOG } from "@/lib/catalog/catalog";
import { buildRadar, type RadarEntry, type RadarInput } from "@/lib/recommend/radar";
import { recommend } from "@/lib/recommend/recommend";
import type { RecommendMember, Recommendations } from "@/lib/recommend/types";
import type { TeamProfile } from "@/lib/teams/profile";
import type { TChoice } from "@/lib/validation/choices";
import { requireProjectAccess } from "./access";
import { listChoices } from "./choices";
import { getDb, type Db } from "./db";
import { latestResult } from "./assessments";
import { getPipeline } from "./pipeline";
import type { SessionUser } from "./session";
import { teamProfileAndSkills } from "./team-profile";

// The Recommendations tab's data: everything the engine (lib/recommend/recommend.ts) reads,
// gathered for one project — its diagram, its latest SUBMITTED assessment, the team's profile
// and members' skills with their open workload (owned manual nodes and open roadmap items), the
// catalog — plus the project's "chosen for the roadmap" items and what the tech radar needs. Reading only; team.read is enough, so a
// viewer sees the same list (the UI hides their "Add to roadmap").

export type ProjectRecommendations = {
  project: { id: string; name: string; teamId: string };
  recommendations: Recommendations;
  chosen: TChoice[];
  /** The radar's input apart from the live choices and gaps (the page recomputes it as choices change). */
  radar: Pick<RadarInput, "members" | "preference">;
};

export async function projectRecommendations(user: SessionUser, projectId: string): Promise<ProjectRecommendations> {
  const db = getDb();
  const { project } = await requireProjectAccess(db, user, projectId, "team.read");
  // Each of these reads checks access again (cheap, by primary key); they run side by side.
  const [diagram, assessment, team, chosen] = await Promise.all([
    getPipeline(user, projectId),
    latestResult(db, projectId),
    teamProfileAndSkills(db, project.teamId),
    listChoices(user, projectId),
  ]);
  const workload = await openWorkload(
    db,
    team.members.map((m) => m.membershipId),
  );
  const members: RecommendMember[] = team.members.map((m) => ({
    membershipId: m.membershipId,
    name: m.name,
    skills: { tools: m.skills.tools, languages: m.skills.languages, note: m.skills.note },
    openWorkload: workload.get(m.membershipId) ?? 0,
  }));
  const profile = profileOrNull(team.profile);
  const recommendations = recommend({ diagram, assessment, profile, members, catalog: CATALOG });
  return {
    project: { id: project.id, name: project.name, teamId: project.teamId },
    recommendations,
    chosen,
    radar: {
      members: members.map((m) => ({ name: m.name, tools: m.skills.tools })),
      preference: profile?.preference ?? null,
    },
  };
}

/** The radar for the download links: built the same way the page builds it. */
export async function projectRadar(
  user: SessionUser,
  projectId: string,
): Promise<{ project: ProjectRecommendations["project"]; entries: RadarEntry[] }> {
  const data = await projectRecommendations(user, projectId);
  const entries = buildRadar({
    ...data.radar,
    catalog: CATALOG,
    chosen: data.chosen,
    gaps: data.recommendations.gaps,
  });
  return { project: data.project, entries };
}

/**
 * Open work per member, across the team's projects: pipeline nodes they own that are not
 * AUTOMATED yet, plus roadmap items they own that are not DONE.
 */
export async function openWorkload(db: Db, membershipIds: string[]): Promise<Map<string, number>> {
  if (membershipIds.length === 0) return new Map();
  const [nodes, items] = await Promise.all([
    db.pipelineNode.groupBy({
      by: ["ownerId"],
      where: { ownerId: { in: membershipIds }, automation: { not: "AUTOMATED" } },
      _count: { _all: true },
    }),
    db.roadmapItem.groupBy({
      by: ["ownerId"],
      where: { ownerId: { in: membershipIds }, status: { not: "DONE" } },
      _count: { _all: true },
    }),
  ]);
  const workload = new Map<string, number>();
  for (const row of [...nodes, ...items])
    if (row.ownerId) workload.set(row.ownerId, (workload.get(row.ownerId) ?? 0) + row._count._all);
  return workload;
}

/** A profile that says nothing (no language, no cloud, no preference) counts as none: "set the team profile". */
function profileOrNull(p: TeamProfile): TeamProfile | null {
  if (p.languages.length === 0 && p.clouds.length === 0 && p.preference === "none") return null;
  return { languages: p.languages, clouds: p.clouds, preference: p.preference };
}
