import "server-only";
import { proposeRoadmap } from "@/lib/roadmap/generate";
import type { TRoadmapProposalItem } from "@/lib/validation/roadmap";
import { requireProjectAccess } from "./access";
import { latestResult } from "./assessments";
import { getDb } from "./db";
import { projectRecommendations } from "./recommendations";
import { pipelineFacts } from "./roadmap-sources";
import type { SessionUser } from "./session";

// POST …/roadmap/proposal ("Generate roadmap"): a plan from the recommendations, the latest
// assessment's next practices and the manual pipeline steps (lib/roadmap/generate.ts).
// Nothing is saved: the lead reviews and edits it, then saves it through …/items/bulk.
// Generating is planning, so it is the leads' (roadmap.plan).

export async function proposeForProject(user: SessionUser, projectId: string): Promise<TRoadmapProposalItem[]> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "roadmap.plan");
  const [{ recommendations }, result, pipeline, existing] = await Promise.all([
    projectRecommendations(user, projectId),
    latestResult(db, projectId),
    pipelineFacts(db, projectId),
    db.roadmapItem.findMany({ where: { projectId, sourceKey: { not: null } }, select: { sourceKey: true } }),
  ]);
  const items = proposeRoadmap({
    recommendations,
    practices: result?.weakest.flatMap((w) => w.practices) ?? [],
    nodes: pipeline.nodes,
    existingSourceKeys: existing.flatMap((e) => (e.sourceKey ? [e.sourceKey] : [])),
  });
  return items.map((item) => ({ ...item, nodeIds: [...item.nodeIds] }));
}
