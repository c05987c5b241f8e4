import "server-only";
import type { TRoadmapResponse } from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { getDb } from "./db";
import { listItemRows, teamMembers, toItem } from "./roadmap-rows";
import type { SessionUser } from "./session";

// Reading the roadmap: every member of the project's team (team.read); another team's
// project is 404.

/** GET …/roadmap: the order's version, the items in board order, the team's members. */
export async function getRoadmap(user: SessionUser, projectId: string): Promise<TRoadmapResponse> {
  const db = getDb();
  const { project } = await requireProjectAccess(db, user, projectId, "team.read");
  const [rows, members] = await Promise.all([listItemRows(db, projectId), teamMembers(db, project.teamId)]);
  return { projectId, roadmapVersion: project.roadmapVersion, items: rows.map(toItem), members };
}
