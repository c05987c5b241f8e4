import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DiagramElements } from "@/lib/pipeline/merge";
import { queryRows, type Db, type SqlValue, type Tx } from "./db";
import { detachedRowsSql } from "./pipeline-detached";
import { REVISION_SQL } from "./pipeline-revisions";
import { ROW_SQL, type DiagramRef } from "./pipeline-rows";

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

type Written = { claimed: boolean; deletedIds: string[]; insertedIds: string[] };

/**
 * Brings the diagram's rows in line with `elements` and records them as revision `version`.
 * `removeMissing` (a save): rows the elements do not have are deleted, a deleted node's notebook
 * cells and group are detached and an inserted node's re-attached (./pipeline-detached.ts).
 * Without it (an import or a restore, which only add new ids) nothing is deleted.
 *
 * `diagram`: the diagram's id, when the caller's transaction has claimed its version; or a
 * claim (./pipeline-claim.ts `checkedClaimSql`) made the first parts of the statement. Every
 * write is then conditional on it, so a save whose claim did not take writes nothing and says
 * so (`claimed: false`).
 */
export async function writeDiagramRows(
  db: Db | Tx,
  diagram: string | { claim: { checks: Prisma.Sql; update: Prisma.Sql } },
  version: number,
  elements: DiagramElements,
  { removeMissing }: { removeMissing: boolean },
): Promise<Written> {
  const { nodes, edges } = elements;
  const withClaim = typeof diagram !== "string";
  const onlyIf = withClaim ? Prisma.sql`EXISTS (SELECT FROM claim)` : Prisma.sql`TRUE`;
  const diagramId: DiagramRef = withClaim ? Prisma.sql`(SELECT "id" FROM claim)` : diagram;
  const head = withClaim
    ? Prisma.sql`checks AS (${diagram.claim.checks}), claim AS (${diagram.claim.update})`
    : Prisma.sql`claim AS (SELECT ${diagram}::text AS "id")`;
  const revision = REVISION_SQL(diagramId, version, elements, onlyIf);
  const detached = removeMissing
    ? detachedRowsSql(
        diagramId,
        Prisma.sql`SELECT "id" FROM gone_nodes`,
        Prisma.sql`SELECT "id" FROM nodes WHERE inserted`,
      )
    : [];
  const statement = Prisma.sql`
    WITH ${head},
    gone_edges AS (${
      removeMissing
        ? ROW_SQL.deleteMissing(
            "PipelineEdge",
            diagramId,
            edges.map((e) => e.id),
            onlyIf,
          )
        : NONE
    }),
    gone_nodes AS (${
      removeMissing
        ? ROW_SQL.deleteMissing(
            "PipelineNode",
            diagramId,
            nodes.map((n) => n.id),
            onlyIf,
          )
        : NONE
    }),
    nodes AS (${nodes.length > 0 ? ROW_SQL.upsertNodes(diagramId, nodes, onlyIf) : NONE}),
    edges AS (${edges.length > 0 ? ROW_SQL.upsertEdges(diagramId, edges, onlyIf) : NONE}),
    ${
      detached.length > 0
        ? Prisma.join(
            detached.map(([name, sql]) => Prisma.sql`${Prisma.raw(`"${name}"`)} AS (${sql}),`),
            " ",
          )
        : Prisma.empty
    }
    pruned AS (${revision.prune}),
    revision AS (${revision.insert})
    SELECT EXISTS (SELECT FROM claim) AS claimed,
           ARRAY(SELECT "id" FROM gone_nodes) AS deleted, ARRAY(SELECT "id" FROM nodes WHERE inserted) AS inserted`;
  // Through the pool, not $queryRaw, outside a transaction: the autosave's hot path (./db.ts).
  const [row] = await queryRows<{ claimed: boolean; deleted: string[]; inserted: string[] }>(
    db,
    statement.text,
    statement.values as SqlValue[],
  );
  return { claimed: row?.claimed ?? false, deletedIds: row?.deleted ?? [], insertedIds: row?.inserted ?? [] };
}
