import { describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/v1/projects/[projectId]/pipeline/import/route";
import * as pipeline from "@/app/api/v1/projects/[projectId]/pipeline/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { APP_ORIGIN, call } from "@/test/api";
import { signUp } from "@/test/users";
import { NextRequest } from "next/server";
import * as analyze from "./route";

// A small notebook written for these tests, shaped like a real one.
const notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
  cells: [
    { cell_type: "markdown", id: "a", metadata: {}, source: ["# Load the data"] },
    { cell_type: "code", id: "b", metadata: {}, execution_count: 1, outputs: [], source: ["import pandas as pd\n", "df = pd.read_csv('sales.csv')"] },
    { cell_type: "markdown", id: "c", metadata: {}, source: ["## Train"] },
    {
      cell_type: "code",
      id: "d",
      metadata: {},
      execution_count: 2,
      outputs: [{ output_type: "stream", name: "stdout", text: ["x".repeat(1000)] }],
      source: ["from sklearn.linear_model import LinearRegression\n", "model = LinearRegression()\n", "model.fit(X_train, y_train)"],
    },
  ],
};

async function upload(cookie: string | undefined, body: string | Uint8Array<ArrayBuffer>, query = "?filename=sales.ipynb&preview=1") {
  const headers = new Headers({ "content-type": "application/octet-stream", origin: APP_ORIGIN });
  if (cookie) headers.set("cookie", cookie);
  const request = new NextRequest(new URL(`/api/v1/notebooks/analyze${query}`, APP_ORIGIN), { method: "POST", headers, body });
  const response = await analyze.POST(request, { params: Promise.resolve(undefined) });
  return { status: response.status, body: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe("POST /api/v1/notebooks/analyze", () => {
  it("needs a session", async () => {
    expect((await upload(undefined, JSON.stringify(notebook))).status).toBe(401);
  });

  it("returns the CLI's JSON, plus sources when asked", async () => {
    const user = await signUp();
    const res = await upload(user.cookie, JSON.stringify(notebook));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: "ipynb", nbformat: "4.5" });
    expect(res.body.cells.map((c: { type: string; category: string }) => [c.type, c.category])).toEqual([
      ["markdown", "documentation"],
      ["code", "data_ingestion"],
      ["markdown", "documentation"],
      ["code", "model_training"],
    ]);
    expect(res.body.cells[1].section).toBe("Load the data");
    expect(res.body.steps).toHaveLength(2);
    expect(res.body.preview[1].source).toContain("pd.read_csv");
    expect(JSON.stringify(res.body)).not.toContain("x".repeat(100));
  });

  it("answers a clear 4xx with a code for unusable files", async () => {
    const user = await signUp();
    const cases: [string | Uint8Array<ArrayBuffer>, number, string][] = [
      ["this is not json", 422, "not_json"],
      ['{"cells": [', 422, "truncated_json"],
      ['{"hello": "world"}', 422, "not_a_notebook"],
      [JSON.stringify({ ...notebook, nbformat: 2 }), 422, "unsupported_nbformat"],
      [JSON.stringify({ ...notebook, nbformat: 5 }), 422, "unsupported_nbformat"],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), 422, "binary"],
      [new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 422, "invalid_utf8"],
      [JSON.stringify({ ...notebook, cells: notebook.cells.filter((c) => c.cell_type === "markdown") }), 422, "no_code_cells"],
    ];
    for (const [body, status, code] of cases) {
      const res = await upload(user.cookie, body);
      expect(res.status, code).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message.length).toBeGreaterThan(10);
    }
    const huge = await upload(user.cookie, new Uint8Array(21 * 1024 * 1024));
    expect(huge.status).toBe(413);
  });
});

describe("POST /api/v1/projects/:projectId/pipeline/import", () => {
  it("adds the edited steps in one transaction, respecting the version", async () => {
    const lead = await signUp();
    const teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Import" } })).body!.team.id as string;
    const projectId = (await call(teamProjects.POST, { method: "POST", cookie: lead.cookie, params: { teamId }, body: { name: "Nb" } })).body!.project.id as string;
    const steps = [
      { title: "Load the data", category: "data_ingestion", phase: "ML", cellIndexes: [1] },
      { title: "Train", category: "model_evaluation", phase: "ML", cellIndexes: [3] },
    ];
    const res = await call(importRoute.POST, { method: "POST", cookie: lead.cookie, params: { projectId }, body: { baseVersion: 0, steps } });
    expect(res.status).toBe(200);
    expect(res.body!.pipeline.version).toBe(1);
    expect(res.body!.pipeline.nodes.map((n: { title: string; kind: string; category: string; automation: string; sourceCells: number[] }) => [n.title, n.kind, n.category, n.automation, n.sourceCells])).toEqual([
      ["Load the data", "step", "data_ingestion", "MANUAL", [1]],
      ["Train", "step", "model_evaluation", "MANUAL", [3]],
    ]);
    expect(res.body!.pipeline.edges).toHaveLength(1);
    expect(res.body!.addedNodeIds).toHaveLength(2);

    const stale = await call(importRoute.POST, { method: "POST", cookie: lead.cookie, params: { projectId }, body: { baseVersion: 0, steps } });
    expect(stale.status).toBe(409);
    const bad = await call(importRoute.POST, { method: "POST", cookie: lead.cookie, params: { projectId }, body: { baseVersion: 1, steps: [{ ...steps[0], category: "magic" }] } });
    expect(bad.status).toBe(422);
    expect(bad.body!.error.message).toContain("magic");
    const empty = await call(importRoute.POST, { method: "POST", cookie: lead.cookie, params: { projectId }, body: { baseVersion: 1, steps: [] } });
    expect(empty.status).toBe(422);
    const after = await call(pipeline.GET, { cookie: lead.cookie, params: { projectId } });
    expect(after.body!.pipeline.nodes).toHaveLength(2);
  });

  it("places a step by its category, and refuses a phase that contradicts it", async () => {
    const lead = await signUp();
    const teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Phases" } })).body!.team.id as string;
    const projectId = (await call(teamProjects.POST, { method: "POST", cookie: lead.cookie, params: { teamId }, body: { name: "Nb" } })).body!.project.id as string;
    const contradicting = { title: "Serve", category: "serving", phase: "ML", cellIndexes: [4] };
    const bad = await call(importRoute.POST, { method: "POST", cookie: lead.cookie, params: { projectId }, body: { baseVersion: 0, steps: [contradicting] } });
    expect(bad.status).toBe(422);
    expect(bad.body!.error.message).toMatch(/phase "ML".*serving.*DEV/);

    const steps = [
      { title: "Serve", category: "serving", cellIndexes: [4] },
      { title: "Ship", category: "deployment", phase: "PROD", cellIndexes: [5] },
    ];
    const res = await call(importRoute.POST, { method: "POST", cookie: lead.cookie, params: { projectId }, body: { baseVersion: 0, steps } });
    expect(res.status).toBe(200);
    expect(res.body!.pipeline.nodes.map((n: { title: string; phase: string; stage: string }) => [n.title, n.phase, n.stage])).toEqual([
      ["Serve", "DEV", "MVP"],
      ["Ship", "PROD", "MVP"],
    ]);
  });
});
