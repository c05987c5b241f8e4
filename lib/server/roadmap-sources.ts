import "server-only";
import type { AssessmentResult } from "@/lib/assessment/types";
import type { MaturitySnapshot, RoadmapPipelineFacts } from "@/lib/roadmap/types";
import type { Db, Tx } from "./db";

// What the roadmap reads of the rest of a project (its diagram, its submitted assessments),
// in the shapes of lib/roadmap/types.ts. Callers have checked access.

export async function pipelineFacts(db: Db | Tx, projectId: string): Promise<RoadmapPipelineFacts> {
  const diagram = await db.pipelineDiagram.findUnique({
    where: { projectId },
    select: {
      nodes: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, kind: true, title: true, category: true, phase: true, stage: true, automation: true },
      },
      edges: { orderBy: { sortOrder: "asc" }, select: { source: true, target: true, label: true } },
    },
  });
  return diagram ?? { nodes: [], edges: [] };
}

/** Submitted assessments as maturity snapshots, oldest first (the trend's order); `take` keeps the latest n. */
export async function maturitySnapshots(db: Db | Tx, projectId: string, take?: number): Promise<MaturitySnapshot[]> {
  const rows = await db.assessment.findMany({
    where: { projectId, status: "SUBMITTED" },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { submittedAt: true, result: true },
    ...(take !== undefined && { take }),
  });
  return rows
    .flatMap((row) => {
      // Stored by the server's own scoring on submit (lib/server/assessment-writes.ts).
      const result = row.result as AssessmentResult | null;
      if (!result || !row.submittedAt) return [];
      return [
        {
          submittedAt: row.submittedAt.toISOString(),
          googleLevel: result.google.level,
          dimensions: result.dimensions.map((d) => ({ id: d.id, label: d.label, level: d.level })),
        },
      ];
    })
    .reverse();
}
