import "server-only";
import { z } from "zod";
import { appendImportedSteps } from "@/lib/pipeline/import-steps";
import { newEdgeId, newNodeId } from "@/lib/pipeline/ids";
import type { PipelineDiagram, PipelineEdge, PipelineNode } from "@/lib/pipeline/types";
import { ZStepsImport } from "@/lib/validation/notebook-import";
import { ZPipelineEdge, ZPipelineNode } from "@/lib/validation/pipeline";
import { requireProjectAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, type Tx } from "./db";
import { aheadError, checkCounts, normaliseEdge, normaliseNode, SAVE_TX_OPTIONS, staleError } from "./pipeline-checks";
import { storeNodeCells } from "./pipeline-cells";
import { storeNodeGroup } from "./pipeline-groups";
import { readDiagram } from "./pipeline-read";
import type { SessionUser } from "./session";
import { writeDiagramRows } from "./pipeline-write";

/**
 * Adds notebook steps to the diagram (see lib/pipeline/import-steps.ts) in one
 * transaction, if it is still at `baseVersion`. The version is claimed first, so the
 * diagram is read once and cannot change under the import; only the new nodes and
 * edges are validated, as the saved ones passed when they were saved. New steps have
 * no owner or priority, so the import needs no `pipeline.assign`.
 */
export async function importSteps(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<{ pipeline: PipelineDiagram; addedNodeIds: string[] }> {
  const { baseVersion, steps, links, data, cells, notebook } = ZStepsImport.parse(input);
  return getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "pipeline.edit");
    const diagramId = await claimVersion(tx, user, projectId, baseVersion);
    const current = await readDiagram(tx, projectId);
    const next = appendImportedSteps(current, steps, newNodeId, newEdgeId, { links, data });
    const added = checkAdded(current, next);
    const nodes = [...current.nodes, ...added.nodes];
    const edges = [...current.edges, ...added.edges];
    // Nothing is removed, and saved rows that did not change are left as they are (pipeline-rows.ts).
    await writeDiagramRows(tx, diagramId, current.version, { nodes, edges }, { removeMissing: false });
    if (cells) await storeNodeCells(tx, diagramId, added.nodes, cells);
    await storeNodeGroup(tx, diagramId, added.nodes, notebook?.name ?? `Notebook (${steps.length} steps)`);
    await recordAudit(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: "pipeline.imported",
      targetType: "project",
      targetId: projectId,
      details: { steps: steps.length, cells: steps.reduce((n, s) => n + s.cellIndexes.length, 0) },
    });
    return {
      pipeline: { version: current.version, viewport: current.viewport, nodes, edges },
      addedNodeIds: next.addedNodeIds,
    };
  }, SAVE_TX_OPTIONS);
}

/**
 * The version check of an import: moves the diagram from `baseVersion` to the next version, or throws 422 for a version from the
 * future and 409 with the current diagram for a stale one. The row stays locked until
 * the transaction ends, so no other write can interleave. Returns the diagram's id.
 */
async function claimVersion(tx: Tx, user: SessionUser, projectId: string, baseVersion: number): Promise<string> {
  const diagram = await tx.pipelineDiagram.upsert({ where: { projectId }, create: { projectId }, update: {} });
  if (baseVersion > diagram.version) throw aheadError(baseVersion, diagram.version);
  const { count } = await tx.pipelineDiagram.updateMany({
    where: { id: diagram.id, version: baseVersion },
    data: { version: { increment: 1 }, updatedById: user.id },
  });
  if (count === 0) throw staleError(await readDiagram(tx, projectId));
  return diagram.id;
}

/**
 * The imported nodes and edges, validated as a save would validate them; the counts are
 * checked for the combined diagram. Ids are random (lib/pipeline/ids.ts): one that is
 * already taken is a bug, not bad input.
 */
function checkAdded(
  current: PipelineDiagram,
  next: { nodes: PipelineNode[]; edges: PipelineEdge[] },
): { nodes: PipelineNode[]; edges: PipelineEdge[] } {
  checkCounts(next, "this import");
  const nodes = z.array(ZPipelineNode).parse(next.nodes.slice(current.nodes.length)).map(normaliseNode);
  const edges = z.array(ZPipelineEdge).parse(next.edges.slice(current.edges.length)).map(normaliseEdge);
  const taken = new Set([...current.nodes.map((n) => n.id), ...current.edges.map((e) => e.id)]);
  if ([...nodes, ...edges].some((element) => taken.has(element.id)))
    throw new Error("An imported element id is already in the diagram.");
  return { nodes, edges };
}
