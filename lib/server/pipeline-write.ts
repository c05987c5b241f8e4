import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DiagramElements } from "@/lib/pipeline/merge";
import type { Tx } from "./db";
import { reattachNodeExtras, detachNodeExtras } from "./pipeline-detached";
import { REVISION_SQL } from "./pipeline-revisions";
import { ROW_SQL } from "./pipeline-rows";

// The rows of a save, an import or a restore, written in one statement: the deletes, the node
// and edge upserts and the revision as parts of one WITH (data-modifying parts all run, once,
// whether or not the final SELECT reads them). A save used to send them one by one, five
// round trips inside a transaction that holds its pool connection and the diagram's row lock
// the whole time: under load, the round trips were most of a small save.
//
// The parts cannot see each other's rows (one snapshot), which is why they are disjoint: the
// deletes take the ids the save does not have, the upserts the ids it has. The foreign keys
// (an edge's ends are nodes of its diagram) are checked at the end of the statement, so an
// edge to a node inserted by the same statement is fine.

const NONE = Prisma.sql`SELECT NULL::text AS "id", false AS inserted WHERE false`;

/**
 * Brings the diagram's rows in line with `elements` and records them as revision `version`.
 * `removeMissing` (a save): rows the elements do not have are deleted, a deleted node's notebook
 * cells and group are detached and an inserted node's re-attached (./pipeline-detached.ts;
 * further statements, run only when the save adds or removes nodes). Without it (an import or
 * a restore, which only add new ids) nothing is deleted. Returns the ids of the nodes deleted
 * and inserted.
 */
export async function writeDiagramRows(
  tx: Tx,
  diagramId: string,
  version: number,
  elements: DiagramElements,
  { removeMissing }: { removeMissing: boolean },
): Promise<{ deletedIds: string[]; insertedIds: string[] }> {
  const { nodes, edges } = elements;
  const revision = REVISION_SQL(diagramId, version, elements);
  const [row] = await tx.$queryRaw<{ deleted: string[]; inserted: string[] }[]>`
    WITH gone_edges AS (${
      removeMissing
        ? ROW_SQL.deleteMissing(
            "PipelineEdge",
            diagramId,
            edges.map((e) => e.id),
          )
        : NONE
    }),
    gone_nodes AS (${
      removeMissing
        ? ROW_SQL.deleteMissing(
            "PipelineNode",
            diagramId,
            nodes.map((n) => n.id),
          )
        : NONE
    }),
    nodes AS (${nodes.length > 0 ? ROW_SQL.upsertNodes(diagramId, nodes) : NONE}),
    edges AS (${edges.length > 0 ? ROW_SQL.upsertEdges(diagramId, edges) : NONE}),
    pruned AS (${revision.prune}),
    revision AS (${revision.insert})
    SELECT ARRAY(SELECT "id" FROM gone_nodes) AS deleted, ARRAY(SELECT "id" FROM nodes WHERE inserted) AS inserted`;
  const deletedIds = row?.deleted ?? [];
  const insertedIds = row?.inserted ?? [];
  if (!removeMissing) return { deletedIds, insertedIds };
  await detachNodeExtras(tx, diagramId, deletedIds);
  // A node back with its id (an undone deletion) has its notebook cells and group again.
  await reattachNodeExtras(tx, diagramId, insertedIds);
  return { deletedIds, insertedIds };
}
