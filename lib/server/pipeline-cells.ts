import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PipelineNode } from "@/lib/pipeline/types";
import type { TImportCell } from "@/lib/validation/notebook-import";
import { requireProjectAccess } from "./access";
import { getDb, sqlName, type Tx } from "./db";
import { NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// The notebook cells an imported step came from (PipelineNodeCell): written once by the
// import, read one node at a time by the inspector, never sent with the diagram (a 500-cell
// notebook's sources would make every autosave megabytes). A deleted node's cells are kept
// detached for a while, so undoing the deletion brings them back (pipeline-detached.ts).

/** Stores, for each new step, the sources of its sourceCells among `cells`. One statement. */
export async function storeNodeCells(tx: Tx, diagramId: string, nodes: PipelineNode[], cells: TImportCell[]) {
  const source = new Map(cells.map((c) => [c.index, c.source]));
  const rows = nodes.flatMap((node) =>
    (node.sourceCells ?? []).flatMap((index) => {
      const text = source.get(index);
      return text === undefined ? [] : [{ nodeId: node.id, index, text }];
    }),
  );
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO ${Prisma.raw(sqlName("PipelineNodeCell"))} ("diagramId", "nodeId", "cellIndex", "source")
    SELECT ${diagramId}, u."nodeId", u."cellIndex", u."source"
    FROM unnest(${rows.map((r) => r.nodeId)}::text[], ${rows.map((r) => r.index)}::int[], ${rows.map((r) => r.text)}::text[])
      AS u("nodeId", "cellIndex", "source")
    ON CONFLICT DO NOTHING`;
}

/** A step's cells, in notebook order; 404 for a node not in the diagram, [] for one without stored cells. */
export async function getNodeCells(
  user: SessionUser,
  projectId: string,
  nodeId: string,
): Promise<{ index: number; source: string }[]> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const node = await db.pipelineNode.findFirst({
    where: { id: nodeId, diagram: { projectId } },
    select: { diagramId: true },
  });
  if (!node) throw new NotFoundError("Pipeline node");
  const cells = await db.pipelineNodeCell.findMany({
    where: { diagramId: node.diagramId, nodeId },
    orderBy: { cellIndex: "asc" },
    select: { cellIndex: true, source: true },
  });
  return cells.map((c) => ({ index: c.cellIndex, source: c.source }));
}
