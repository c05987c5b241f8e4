import { describe, expect, it } from "vitest";
import { NODE_DEFAULTS } from "@/lib/pipeline/make-node";
import type { PipelineNode } from "@/lib/pipeline/types";
import { signUp } from "@/test/users";
import { acceptInvitation, createInvitation } from "./invitations";
import { listMembers } from "./members";
import { getPipeline, savePipeline } from "./pipeline";
import { createProject } from "./projects";
import { createTeam } from "./teams";

// Every field of the domain node is written and read back: a field left out of the column
// table (or of one of its SQL lists) comes back as its default, or as what the first save
// wrote, and fails here. The nodes are typed PipelineNode, so a new field needs a value.

async function setup() {
  const lead = await signUp("Lead");
  const team = await createTeam(lead, { name: "Columns" });
  const project = await createProject(lead, team.id, { name: "Every field" });
  const member = await signUp("Member");
  await acceptInvitation(member, (await createInvitation(lead, team.id, { role: "MEMBER" })).token);
  const [a, b] = (await listMembers(lead, team.id)).map((m) => m.id);
  return { lead, project, ownerIds: [a!, b!] as const };
}

const viewport = { x: 0, y: 0, zoom: 1 };

describe("node columns", () => {
  it("writes and reads back every field of a node, on insert and on update", async () => {
    const { lead, project, ownerIds } = await setup();
    const first: PipelineNode = {
      id: "n_every",
      kind: "step",
      title: "Train the model",
      description: "Fits the gradient-boosted trees.",
      category: "model_training",
      phase: "DEV",
      stage: "MVP",
      automation: "PARTIAL",
      ownerId: ownerIds[0],
      priority: "P1",
      position: { x: 123.25, y: 400.5 },
      sourceCells: [2, 3, 5],
    };
    const second: PipelineNode = {
      id: "n_every",
      kind: "component",
      title: "Serve the model",
      description: "Answers prediction requests.",
      category: "model_api",
      phase: "PROD",
      stage: "PRODUCTIONIZATION",
      automation: "AUTOMATED",
      ownerId: ownerIds[1],
      priority: "P3",
      position: { x: -50.5, y: 700.75 },
      sourceCells: [7],
    };
    // Each field is away from the default a column would fall back to, and changes between the saves.
    for (const [key, value] of Object.entries(NODE_DEFAULTS))
      expect(first[key as keyof PipelineNode], key).not.toEqual(value);
    for (const key of Object.keys(first) as (keyof PipelineNode)[]) {
      if (key !== "id") expect(second[key], key).not.toEqual(first[key]);
    }

    const inserted = await savePipeline(lead, project.id, { baseVersion: 0, viewport, nodes: [first], edges: [] });
    expect(inserted.nodes).toEqual([first]);
    expect((await getPipeline(lead, project.id)).nodes).toEqual([first]);

    await savePipeline(lead, project.id, { baseVersion: 1, viewport, nodes: [second], edges: [] });
    expect((await getPipeline(lead, project.id)).nodes).toEqual([second]);
  });
});
