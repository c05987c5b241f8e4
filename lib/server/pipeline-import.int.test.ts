import { afterEach, describe, expect, it, vi } from "vitest";
import { recordQueries } from "@/test/count-queries";
import { pipelineNode } from "@/test/pipeline-node";
import { signUp } from "@/test/users";
import { ZPipelineSave } from "@/lib/validation/pipeline";
import { handleApiError } from "./api/handle-error";
import { getDb, sqlName } from "./db";
import { ConflictError } from "./errors";
import { getPipeline, savePipeline } from "./pipeline";
import { importSteps } from "./pipeline-import";
import { createProject } from "./projects";
import { createTeam } from "./teams";

const viewport = { x: 10, y: -20, zoom: 0.75 };
const steps = [
  { title: "Load the data", category: "data_ingestion", phase: "ML", cellIndexes: [1, 2] },
  { title: "Train", category: "model_training", phase: "ML", cellIndexes: [3] },
];

async function projectWith(nodeCount: number) {
  const lead = await signUp("Lead");
  const team = await createTeam(lead, { name: "Import" });
  const project = await createProject(lead, team.id, { name: "Nb" });
  const nodes = Array.from({ length: nodeCount }, (_, i) => pipelineNode(`n${i}`, { position: { x: i * 10, y: 100 } }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id, label: null }));
  await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes, edges });
  return { lead, project, nodes, edges };
}

afterEach(() => vi.restoreAllMocks());

describe("importSteps", () => {
  it("reads the diagram once, checks the version once and validates only the new steps", async () => {
    const { lead, project, nodes } = await projectWith(3);
    const validateWhole = vi.spyOn(ZPipelineSave, "parse");
    const { result, queries } = await recordQueries(() => importSteps(lead, project.id, { baseVersion: 1, steps }));
    expect(validateWhole).not.toHaveBeenCalled();
    const count = (query: string) => queries.filter((q) => q === query).length;
    // The version: claimed by one compare-and-set, not also compared after a read.
    expect(count("PipelineDiagram.updateMany")).toBe(1);
    expect(count("PipelineDiagram.findUnique")).toBe(1);
    // The saved rows: read once; nothing to delete; no owner to look up (imported steps have none).
    expect(count("PipelineNode.findMany")).toBe(0);
    // One statement for the rows and the revision snapshot the merge of a stale save reads
    // (lib/server/pipeline-write.ts; a query: it returns the inserted ids), one for the steps'
    // notebook group (no cell sources sent here). In the transaction, raw SQL goes through its
    // client ($queryRawUnsafe: lib/server/db.ts queryRows), the access check's and the rows'.
    expect(queries.filter((q) => q === "$queryRawUnsafe")).toHaveLength(2);
    expect(queries.filter((q) => q === "$executeRaw")).toHaveLength(1);
    expect(count("Membership.findMany")).toBe(0);
    expect(result.pipeline.version).toBe(2);
    expect(result.pipeline.nodes.map((n) => n.id).slice(0, 3)).toEqual(nodes.map((n) => n.id));
    expect(result.pipeline.nodes.slice(3).map((n) => [n.title, n.kind, n.category, n.sourceCells])).toEqual([
      ["Load the data", "step", "data_ingestion", [1, 2]],
      ["Train", "step", "model_training", [3]],
    ]);
    expect(result.addedNodeIds).toEqual(result.pipeline.nodes.slice(3).map((n) => n.id));
    expect(await getPipeline(lead, project.id)).toEqual(result.pipeline);
  });

  it("leaves the saved rows as they are and keeps the viewport", async () => {
    const { lead, project } = await projectWith(3);
    const rowVersions = async () => {
      const rows = await getDb().$queryRawUnsafe<{ id: string; xmin: string }[]>(
        `SELECT id, xmin::text AS xmin FROM ${sqlName("PipelineNode")} UNION ALL SELECT id, xmin::text FROM ${sqlName("PipelineEdge")}`,
      );
      return Object.fromEntries(rows.map((r) => [r.id, r.xmin]));
    };
    const before = await rowVersions();
    const { pipeline } = await importSteps(lead, project.id, { baseVersion: 1, steps });
    const after = await rowVersions();
    for (const id of ["n0", "n1", "n2", "e0", "e1"]) expect(after[id], id).toBe(before[id]);
    expect(pipeline.viewport).toEqual(viewport);
  });

  it("answers 409 with the current diagram for a stale version, 422 for one from the future, and changes nothing", async () => {
    const { lead, project } = await projectWith(2);
    const stale = importSteps(lead, project.id, { baseVersion: 0, steps });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await stale.catch((error: ConflictError) =>
      expect(error.details?.current).toMatchObject({ version: 1, nodes: [{ id: "n0" }, { id: "n1" }] }),
    );
    await expect(importSteps(lead, project.id, { baseVersion: 7, steps })).rejects.toThrow(
      "ahead of the saved version 1",
    );
    expect(await getPipeline(lead, project.id)).toMatchObject({ version: 1, nodes: [{ id: "n0" }, { id: "n1" }] });
  });

  it("refuses an import that would take the diagram over 5,000 nodes, changing nothing", async () => {
    const { lead, project } = await projectWith(4999);
    const refused = await importSteps(lead, project.id, { baseVersion: 1, steps }).catch((error: unknown) =>
      handleApiError(error, "r-1"),
    );
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(422);
    expect(await (refused as Response).json()).toMatchObject({
      error: { code: "invalid_input", message: expect.stringContaining("at most 5000 nodes") },
    });
    expect((await getPipeline(lead, project.id)).version).toBe(1);
    await expect(importSteps(lead, project.id, { baseVersion: 1, steps: steps.slice(0, 1) })).resolves.toMatchObject({
      pipeline: { version: 2 },
    });
  }, 60_000);
});
