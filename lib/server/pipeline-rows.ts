import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TPipelineSave } from "@/lib/validation/pipeline";
import { sqlName, type Tx } from "./db";

// Row writes for a diagram save. A save sends the whole diagram, but an autosave after
// moving one card changes one row: rows are upserted, and an unchanged row is left as it
// is (no new row version, no foreign-key checks), and rows missing from the save are
// deleted. Each step is one statement over unnest(arrays), whatever the size of the
// diagram: Prisma's createMany sent one row at a time here (6 s for 5,000 nodes).

/** A table or enum type name, schema-qualified when tests set DATABASE_SCHEMA. */
const sqlIdent = (name: string) => Prisma.raw(sqlName(name));

/** Deletes the edges, then the nodes, of the diagram that the save no longer has. */
export async function deleteMissing(tx: Tx, diagramId: string, body: Pick<TPipelineSave, "nodes" | "edges">) {
  await tx.$executeRaw`
    DELETE FROM ${sqlIdent("PipelineEdge")} WHERE "diagramId" = ${diagramId} AND NOT ("id" = ANY(${body.edges.map((e) => e.id)}::text[]))`;
  await tx.$executeRaw`
    DELETE FROM ${sqlIdent("PipelineNode")} WHERE "diagramId" = ${diagramId} AND NOT ("id" = ANY(${body.nodes.map((n) => n.id)}::text[]))`;
}

export async function upsertNodes(tx: Tx, diagramId: string, nodes: TPipelineSave["nodes"]) {
  if (nodes.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO ${sqlIdent("PipelineNode")} AS t
      ("diagramId", "id", "kind", "title", "description", "category", "phase", "stage", "automation",
       "ownerId", "priority", "positionX", "positionY", "sourceCells", "sortOrder")
    SELECT ${diagramId}, u.id, u.kind::${sqlIdent("NodeKind")}, u.title, u.description, u.category,
           u.phase::${sqlIdent("Phase")}, u.stage::${sqlIdent("Stage")}, u.automation::${sqlIdent("Automation")},
           u.owner, u.priority::${sqlIdent("Priority")}, u.x, u.y, u.cells::int[], u.ord
    FROM unnest(
      ${nodes.map((n) => n.id)}::text[], ${nodes.map((n) => n.kind)}::text[], ${nodes.map((n) => n.title)}::text[],
      ${nodes.map((n) => n.description ?? "")}::text[], ${nodes.map((n) => n.category ?? null)}::text[],
      ${nodes.map((n) => n.phase)}::text[], ${nodes.map((n) => n.stage)}::text[], ${nodes.map((n) => n.automation)}::text[],
      ${nodes.map((n) => n.ownerId ?? null)}::text[], ${nodes.map((n) => n.priority ?? null)}::text[],
      ${nodes.map((n) => n.position.x)}::float8[], ${nodes.map((n) => n.position.y)}::float8[],
      ${nodes.map((n) => `{${(n.sourceCells ?? []).join(",")}}`)}::text[], ${nodes.map((_, i) => i)}::int[]
    ) AS u(id, kind, title, description, category, phase, stage, automation, owner, priority, x, y, cells, ord)
    ON CONFLICT ("diagramId", "id") DO UPDATE SET
      "kind" = EXCLUDED."kind", "title" = EXCLUDED."title", "description" = EXCLUDED."description",
      "category" = EXCLUDED."category", "phase" = EXCLUDED."phase", "stage" = EXCLUDED."stage",
      "automation" = EXCLUDED."automation", "ownerId" = EXCLUDED."ownerId", "priority" = EXCLUDED."priority",
      "positionX" = EXCLUDED."positionX", "positionY" = EXCLUDED."positionY",
      "sourceCells" = EXCLUDED."sourceCells", "sortOrder" = EXCLUDED."sortOrder"
    WHERE (t."kind", t."title", t."description", t."category", t."phase", t."stage", t."automation", t."ownerId",
           t."priority", t."positionX", t."positionY", t."sourceCells", t."sortOrder")
      IS DISTINCT FROM
          (EXCLUDED."kind", EXCLUDED."title", EXCLUDED."description", EXCLUDED."category", EXCLUDED."phase",
           EXCLUDED."stage", EXCLUDED."automation", EXCLUDED."ownerId", EXCLUDED."priority", EXCLUDED."positionX",
           EXCLUDED."positionY", EXCLUDED."sourceCells", EXCLUDED."sortOrder")`;
}

export async function upsertEdges(tx: Tx, diagramId: string, edges: TPipelineSave["edges"]) {
  if (edges.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO ${sqlIdent("PipelineEdge")} AS t ("diagramId", "id", "source", "target", "label", "sortOrder")
    SELECT ${diagramId}, u.id, u.source, u.target, u.label, u.ord
    FROM unnest(
      ${edges.map((e) => e.id)}::text[], ${edges.map((e) => e.source)}::text[], ${edges.map((e) => e.target)}::text[],
      ${edges.map((e) => e.label ?? null)}::text[], ${edges.map((_, i) => i)}::int[]
    ) AS u(id, source, target, label, ord)
    ON CONFLICT ("diagramId", "id") DO UPDATE SET
      "source" = EXCLUDED."source", "target" = EXCLUDED."target", "label" = EXCLUDED."label", "sortOrder" = EXCLUDED."sortOrder"
    WHERE (t."source", t."target", t."label", t."sortOrder") IS DISTINCT FROM (EXCLUDED."source", EXCLUDED."target", EXCLUDED."label", EXCLUDED."sortOrder")`;
}
