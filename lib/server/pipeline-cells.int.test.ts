import { describe, expect, it } from "vitest";
import { signUp } from "@/test/users";
import { getDb } from "./db";
import { NotFoundError } from "./errors";
import { getPipeline, savePipeline } from "./pipeline";
import { importSteps } from "./pipeline-import";
import { getNodeCells } from "./pipeline-cells";
import { getPipelineGroups } from "./pipeline-groups";
import { createProject } from "./projects";
import { createTeam } from "./teams";

// A step's notebook cells, kept at import and shown read-only by the inspector (issue #13, point 4).

const steps = [
  { title: "Load the data", category: "data_ingestion", cellIndexes: [1, 2] },
  { title: "Train", category: "model_training", cellIndexes: [4] },
];
const cells = [
  { index: 4, source: "model.fit(X, y)" },
  { index: 1, source: "import pandas as pd" },
  { index: 2, source: "df = pd.read_csv('sales.csv')" },
  { index: 7, source: "# not in any step" },
];

async function imported(withCells = true) {
  const lead = await signUp("Lead");
  const team = await createTeam(lead, { name: "Cells" });
  const project = await createProject(lead, team.id, { name: "Nb" });
  const { pipeline } = await importSteps(lead, project.id, { baseVersion: 0, steps, ...(withCells && { cells }) });
  const [load, train] = pipeline.nodes;
  return { lead, project, pipeline, load: load!, train: train! };
}

describe("a step's notebook cells", () => {
  it("are kept per step at import, in notebook order, and not sent with the diagram", async () => {
    const { lead, project, load, train } = await imported();
    expect(await getNodeCells(lead, project.id, load.id)).toEqual([
      { index: 1, source: "import pandas as pd" },
      { index: 2, source: "df = pd.read_csv('sales.csv')" },
    ]);
    expect(await getNodeCells(lead, project.id, train.id)).toEqual([{ index: 4, source: "model.fit(X, y)" }]);
    expect(JSON.stringify(await getPipeline(lead, project.id))).not.toContain("read_csv");
  });

  it("survive autosaves of the diagram and are not shown once their node is deleted", async () => {
    const { lead, project, pipeline, load, train } = await imported();
    const { version, viewport, nodes, edges } = pipeline;
    const moved = nodes.map((n) => (n.id === load.id ? { ...n, position: { x: 999, y: n.position.y } } : n));
    const saved = await savePipeline(lead, project.id, { baseVersion: version, viewport, nodes: moved, edges });
    expect(await getNodeCells(lead, project.id, load.id)).toHaveLength(2);
    await savePipeline(lead, project.id, {
      baseVersion: saved.version,
      viewport,
      nodes: moved.filter((n) => n.id !== train.id),
      edges: edges.filter((e) => e.source !== train.id && e.target !== train.id),
    });
    await expect(getNodeCells(lead, project.id, train.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("come back with their node when its deletion is undone (the node saved again with its id)", async () => {
    const { lead, project, pipeline, load, train } = await imported();
    const { viewport, nodes, edges } = pipeline;
    const without = await savePipeline(lead, project.id, {
      baseVersion: pipeline.version,
      viewport,
      nodes: nodes.filter((n) => n.id !== load.id),
      edges: edges.filter((e) => e.source !== load.id && e.target !== load.id),
    });
    await expect(getNodeCells(lead, project.id, load.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getPipelineGroups(lead, project.id))[0]!.nodeIds).toEqual([train.id]);
    // A save in between that does not have it either keeps its cells detached.
    const moved = await savePipeline(lead, project.id, {
      baseVersion: without.version,
      viewport,
      nodes: without.nodes.map((n) => ({ ...n, position: { x: 500, y: n.position.y } })),
      edges: without.edges,
    });
    await savePipeline(lead, project.id, { baseVersion: moved.version, viewport, nodes, edges });
    expect(await getNodeCells(lead, project.id, load.id)).toEqual([
      { index: 1, source: "import pandas as pd" },
      { index: 2, source: "df = pd.read_csv('sales.csv')" },
    ]);
    expect((await getPipelineGroups(lead, project.id))[0]!.nodeIds).toEqual([load.id, train.id]);
  });

  it("are dropped once detached for longer than a week, at the next deletion", async () => {
    const { lead, project, pipeline, load, train } = await imported();
    const { viewport, nodes } = pipeline;
    const without = await savePipeline(lead, project.id, {
      baseVersion: pipeline.version,
      viewport,
      nodes: nodes.filter((n) => n.id !== load.id),
      edges: [],
    });
    const db = getDb();
    const detached = { nodeId: load.id, detachedAt: { not: null } };
    expect(await db.pipelineNodeCell.count({ where: detached })).toBe(2);
    await db.pipelineNodeCell.updateMany({
      where: detached,
      data: { detachedAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    await savePipeline(lead, project.id, { baseVersion: without.version, viewport, nodes: [], edges: [] });
    expect(await db.pipelineNodeCell.count({ where: { nodeId: load.id } })).toBe(0);
    // The cells deleted just now are kept, detached.
    expect(await db.pipelineNodeCell.count({ where: { nodeId: train.id, detachedAt: { not: null } } })).toBe(1);
  });

  it("are empty for a step imported without sources, and hidden from other teams", async () => {
    const { lead, project, load } = await imported(false);
    expect(await getNodeCells(lead, project.id, load.id)).toEqual([]);
    const stranger = await signUp("Stranger");
    await expect(getNodeCells(stranger, project.id, load.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a source over the stored limit, naming the field", async () => {
    const lead = await signUp("Lead");
    const team = await createTeam(lead, { name: "Cells" });
    const project = await createProject(lead, team.id, { name: "Nb" });
    const body = { baseVersion: 0, steps, cells: [{ index: 1, source: "x".repeat(20_001) }] };
    await expect(importSteps(lead, project.id, body)).rejects.toThrow(/cells entry source must be at most 20000/);
  });

  it("puts each import's steps in a group named after the notebook; a deleted step leaves it", async () => {
    const { lead, project, pipeline, load, train } = await imported();
    const second = await importSteps(lead, project.id, {
      baseVersion: pipeline.version,
      steps: steps.slice(0, 1),
      notebook: { name: "forecast.ipynb" },
    });
    const groups = await getPipelineGroups(lead, project.id);
    expect(groups.map((g) => [g.name, g.nodeIds])).toEqual([
      ["Notebook (2 steps)", [load.id, train.id]],
      ["forecast.ipynb", second.addedNodeIds],
    ]);
    expect(groups[0]!.id).toMatch(/^g_/);
    const { version, viewport, nodes, edges } = second.pipeline;
    await savePipeline(lead, project.id, {
      baseVersion: version,
      viewport,
      nodes: nodes.filter((n) => n.id !== train.id),
      edges: edges.filter((e) => e.source !== train.id && e.target !== train.id),
    });
    expect((await getPipelineGroups(lead, project.id))[0]!.nodeIds).toEqual([load.id]);
    const stranger = await signUp("Stranger");
    await expect(getPipelineGroups(stranger, project.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
