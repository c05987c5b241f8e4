import "server-only";
import type {
  PipelineDiagram as DiagramRow,
  PipelineEdge as EdgeRow,
  PipelineNode as NodeRow,
} from "@/lib/generated/prisma/client";
import type { PipelineDiagram, PipelineEdge } from "@/lib/pipeline/types";
import type { Db, Tx } from "./db";
import { nodeFromRow } from "./pipeline-rows";

// A diagram read whole, through Prisma: the editor's load, the merge of a stale save, an
// import's starting point. A project with no diagram yet reads as the empty one, version 0.

const EMPTY: PipelineDiagram = { version: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes: [], edges: [] };

/** The diagram of `projectId` as saved, nodes and edges in their saved order. */
export async function readDiagram(db: Db | Tx, projectId: string): Promise<PipelineDiagram> {
  const row = await db.pipelineDiagram.findUnique({
    where: { projectId },
    include: { nodes: { orderBy: { sortOrder: "asc" } }, edges: { orderBy: { sortOrder: "asc" } } },
  });
  return row ? fromRows(row) : EMPTY;
}

function fromRows(row: DiagramRow & { nodes: NodeRow[]; edges: EdgeRow[] }): PipelineDiagram {
  return {
    version: row.version,
    viewport: { x: row.viewportX, y: row.viewportY, zoom: row.viewportZoom },
    nodes: row.nodes.map(nodeFromRow),
    edges: row.edges.map((e): PipelineEdge => ({ id: e.id, source: e.source, target: e.target, label: e.label })),
  };
}
