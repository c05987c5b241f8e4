import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { roadmapCsv } from "@/lib/roadmap/csv";
import { roadmapJson } from "@/lib/roadmap/json-export";
import { renderRoadmapMarkdown } from "@/lib/roadmap/markdown";
import { roadmapExportInput } from "@/lib/server/roadmap-exports";
import { ZRoadmapProposalResponse } from "@/lib/validation/roadmap";
import { call } from "@/test/api";
import { roadmapApi, setupRoadmap } from "@/test/roadmap";
import * as csvRoute from "../roadmap.csv/route";
import * as jsonRoute from "../roadmap.json/route";
import * as mdRoute from "../roadmap.md/route";
import * as proposalRoute from "./proposal/route";

// The downloads answer the pure renderers' output for the project's data, byte for byte,
// with the media type and an attachment name; the proposal is generated, never saved.

async function setup() {
  const s = await setupRoadmap();
  const api = roadmapApi(s.projectId);
  await api.create(s.lead, {
    title: 'Track <script>alert("x")</script> | runs',
    componentId: "experiment_tracking",
    toolSlug: "mlflow",
    detail: "Your team knows it.",
    ownerId: s.ids.member,
    priority: "P1",
    nodeIds: ["a"],
  });
  await api.create(s.member, { title: "Serve 日本語 🚀", componentId: "model_api", targetDate: "2027-03-01" });
  return s;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A download as the browser gets it: the raw response (test/api.ts `call` reads JSON). */
function download(route: { GET: typeof mdRoute.GET }, cookie: string, projectId: string) {
  return route.GET(new NextRequest("http://localhost:3000/api/test", { headers: { cookie } }), {
    params: Promise.resolve({ projectId }),
  });
}

describe("roadmap downloads", () => {
  it("roadmap.md: text/markdown, attachment roadmap-<project>-<date>.md, the renderer's bytes", async () => {
    const s = await setup();
    const answer = await download(mdRoute, s.viewer.cookie, s.projectId);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(answer.headers.get("content-disposition")).toBe(`attachment; filename="roadmap-churn-model-${today()}.md"`);
    const expected = renderRoadmapMarkdown(await roadmapExportInput(s.lead, s.projectId));
    expect(Buffer.from(await answer.arrayBuffer()).equals(Buffer.from(expected, "utf8"))).toBe(true);
    expect(expected).toContain("Churn model");
    expect(expected).toContain("flowchart LR");
    expect(expected).not.toContain("<script>");
    expect((await call(mdRoute.GET, { cookie: s.stranger.cookie, params: { projectId: s.projectId } })).status).toBe(
      404,
    );
  });

  it("roadmap.csv and roadmap.json: their media types and the renderers' output", async () => {
    const s = await setup();
    const input = await roadmapExportInput(s.lead, s.projectId);
    const csv = await download(csvRoute, s.member.cookie, s.projectId);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="roadmap-churn-model-${today()}.csv"`);
    expect(await csv.text()).toBe(roadmapCsv(input.items));
    const json = await download(jsonRoute, s.member.cookie, s.projectId);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(json.headers.get("content-disposition")).toBe(`attachment; filename="roadmap-churn-model-${today()}.json"`);
    expect(await json.text()).toBe(roadmapJson(input));
  });

  it("the export input: project, today's date, pipeline, items in board order", async () => {
    const s = await setup();
    const input = await roadmapExportInput(s.lead, s.projectId, new Date("2027-01-02T23:59:00Z"));
    expect(input.project).toEqual({ name: "Churn model" });
    expect(input.date).toBe("2027-01-02");
    expect(input.maturity).toBeNull();
    expect(input.pipeline?.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(input.pipeline?.edges).toEqual([{ source: "a", target: "b", label: null }]);
    expect(input.items.map((i) => [i.stage, i.title.slice(0, 5), i.owner?.name ?? null])).toEqual([
      ["MVP", "Serve", null],
      ["PRODUCTIONIZATION", "Track", "Member"],
    ]);
  });

  it("proposal: leads get a plan without saving anything; keys already on the roadmap are skipped", async () => {
    const s = await setup();
    const api = roadmapApi(s.projectId);
    await api.create(s.lead, {
      title: "Automate Train model",
      source: "pipeline",
      sourceKey: "node:a",
      nodeIds: ["a"],
    });
    const before = (await api.get(s.lead)).body!.items.length;
    const answer = await call(proposalRoute.POST, {
      method: "POST",
      cookie: s.lead.cookie,
      params: { projectId: s.projectId },
    });
    expect(answer.status).toBe(200);
    const { items } = ZRoadmapProposalResponse.parse(answer.body);
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((i) => i.sourceKey)).not.toContain("node:a");
    expect(items.every((i) => i.source === "generated")).toBe(true);
    expect((await api.get(s.lead)).body!.items.length).toBe(before);
    // What the lead saves is the proposal as it came (here: all of it).
    const saved = await api.bulk(s.lead, { items: items.map(({ suggestedOwners: _owners, ...body }) => body) });
    expect(saved.status).toBe(201);
  });
});
