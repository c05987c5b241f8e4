import { describe, expect, it } from "vitest";
import * as assessments from "@/app/api/v1/projects/[projectId]/assessments/route";
import * as choices from "@/app/api/v1/projects/[projectId]/choices/route";
import * as pipeline from "@/app/api/v1/projects/[projectId]/pipeline/route";
import * as memberSkills from "@/app/api/v1/teams/[teamId]/members/[memberId]/skills/route";
import * as teamMembers from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamProfile from "@/app/api/v1/teams/[teamId]/profile/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { NextRequest } from "next/server";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import { ZProjectRecommendationsResponse, ZRadarJson } from "@/lib/validation/project-recommendations";
import { APP_ORIGIN, call } from "@/test/api";
import { pipelineNode } from "@/test/pipeline-node";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import * as radarCsv from "./radar.csv/route";
import * as radarJson from "./radar.json/route";
import * as recommendations from "./route";

// GET /api/v1/projects/:projectId/recommendations (+ radar.csv / radar.json) against a real
// database: the pipeline, team profile, skills and choices go in through their own APIs.

type Gap = {
  component: string;
  rank: number;
  phase: string;
  tools: { slug: string; openSource: boolean; owners: { name: string; openWorkload: number }[] }[];
};

async function setup() {
  const lead = await signUp("Lead Lee");
  const teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "T" } })).body!.team
    .id as string;
  const projectId = (
    await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Churn model, v2" },
    })
  ).body!.project.id as string;
  const viewer = await signUp("Viewer Vi");
  await joinTeam(lead, teamId, viewer, "VIEWER");
  const ana = await signUp("Ana");
  await joinTeam(lead, teamId, ana, "MEMBER");
  const members = (await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } })).body!.members as {
    id: string;
    userId: string;
  }[];
  const anaId = members.find((m) => m.userId === ana.id)!.id;
  return { lead, viewer, ana, anaId, teamId, projectId };
}

/** One MANUAL notebook step: a team with only a notebook. */
async function notebookOnly(cookie: string, projectId: string, ownerId: string | null = null) {
  const node = pipelineNode("nb", {
    kind: "step",
    category: "model_training",
    title: "Train in the notebook",
    automation: "MANUAL",
    ownerId,
  });
  const saved = await call(pipeline.PUT, {
    method: "PUT",
    cookie,
    params: { projectId },
    body: { baseVersion: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes: [node], edges: [] },
  });
  expect(saved.status).toBe(200);
}

/** The CSV is not JSON, so it is read as text rather than through `call`. */
async function download(handler: typeof radarCsv.GET, cookie: string, projectId: string) {
  const request = new NextRequest(new URL(`/api/v1/projects/${projectId}/recommendations/radar.csv`, APP_ORIGIN), {
    headers: { cookie },
  });
  const response = await handler(request, { params: Promise.resolve({ projectId }) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

const get = (cookie: string, projectId: string, query = "") =>
  call(recommendations.GET, {
    cookie,
    params: { projectId },
    path: `/api/v1/projects/${projectId}/recommendations${query}`,
  });

describe("GET /api/v1/projects/:projectId/recommendations", () => {
  it("starts a notebook-only pipeline with the model API, and says there is no assessment yet", async () => {
    const { lead, projectId } = await setup();
    await notebookOnly(lead.cookie, projectId);
    const res = await get(lead.cookie, projectId);
    expect(res.status).toBe(200);
    const gaps = res.body!.recommendations.gaps as Gap[];
    expect(gaps[0]!.component).toBe("model_api");
    expect(gaps.map((g) => g.rank)).toEqual(gaps.map((_, i) => i + 1));
    // Nothing Kubernetes-level before containerization.
    const at = (c: string) => gaps.findIndex((g) => g.component === c);
    expect(at("autoscaling")).toBeGreaterThan(at("containerization"));
    expect(res.body!.recommendations.context).toMatchObject({
      hasPipeline: true,
      hasAssessment: false,
      hasProfile: false,
    });
    expect(res.body!.chosen).toEqual([]);
  });

  it("lets a viewer read, and answers 404 for another team's project", async () => {
    const { lead, viewer, projectId } = await setup();
    await notebookOnly(lead.cookie, projectId);
    expect((await get(viewer.cookie, projectId)).status).toBe(200);
    const stranger = await signUp("Stranger");
    const res = await get(stranger.cookie, projectId);
    expect(res.status).toBe(404);
    expect(res.body!.error.code).toBe("not_found");
    expect((await download(radarCsv.GET, stranger.cookie, projectId)).status).toBe(404);
  });

  it("answers 422 naming a bad filter, and applies good ones without changing ranks", async () => {
    const { lead, projectId } = await setup();
    await notebookOnly(lead.cookie, projectId);
    for (const [query, name] of [
      ["?phase=QA", "phase"],
      ["?stage=someday", "stage"],
      ["?licence=free", "licence"],
      ["?hosting=cheap", "hosting"],
      ["?colour=red", "colour"],
      ["?phase=ML&phase=DEV", "phase"],
    ] as const) {
      const res = await get(lead.cookie, projectId, query);
      expect(res.status, query).toBe(422);
      expect(res.body!.error.message, query).toContain(name);
    }
    const all = (await get(lead.cookie, projectId)).body!.recommendations.gaps as Gap[];
    const prod = (await get(lead.cookie, projectId, "?phase=PROD&licence=open_source")).body!.recommendations
      .gaps as Gap[];
    expect(prod.length).toBeGreaterThan(0);
    expect(prod.every((g) => g.phase === "PROD" && g.tools.every((t) => t.openSource))).toBe(true);
    for (const g of prod) expect(g.rank).toBe(all.find((a) => a.component === g.component)!.rank);
  });

  it("ranks the tools a member knows first, names them as owner with their open work, and reads the profile", async () => {
    const { lead, ana, anaId, teamId, projectId } = await setup();
    await notebookOnly(lead.cookie, projectId, anaId);
    const profile = await call(teamProfile.PUT, {
      method: "PUT",
      cookie: lead.cookie,
      params: { teamId },
      body: { version: 1, languages: ["python"], clouds: ["gcp"], preference: "none" },
    });
    expect(profile.status).toBe(200);
    const skills = await call(memberSkills.PUT, {
      method: "PUT",
      cookie: ana.cookie,
      params: { teamId, memberId: anaId },
      body: { version: 1, tools: [{ slug: "github-actions", familiarity: "expert" }], languages: ["python"], note: "" },
    });
    expect(skills.status).toBe(200);
    const res = await get(lead.cookie, projectId);
    expect(res.body!.recommendations.context.hasProfile).toBe(true);
    const ciCd = (res.body!.recommendations.gaps as Gap[]).find((g) => g.component === "ci_cd")!;
    expect(ciCd.tools[0]!.slug).toBe("github-actions");
    // Ana owns the one MANUAL node: one open item.
    expect(ciCd.tools[0]!.owners[0]).toMatchObject({ name: "Ana", openWorkload: 1 });
  });

  it("returns what was chosen for the roadmap, and the radar files place it in Trial", async () => {
    const { lead, projectId } = await setup();
    await notebookOnly(lead.cookie, projectId);
    const chosen = await call(choices.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { projectId },
      body: {
        source: "recommendation",
        key: "model_api:fastapi",
        title: "FastAPI for the model API",
        componentId: "model_api",
        toolSlug: "fastapi",
      },
    });
    expect(chosen.status).toBe(201);
    const res = await get(lead.cookie, projectId);
    expect(res.body!.chosen).toMatchObject([{ key: "model_api:fastapi", toolSlug: "fastapi" }]);
    // The contract: every real answer parses with the strict output schemas.
    expect(ZProjectRecommendationsResponse.safeParse(res.body).error?.issues).toBeUndefined();

    const csv = await download(radarCsv.GET, lead.cookie, projectId);
    expect(csv.status).toBe(200);
    expect(csv.text.split("\r\n")[0]).toBe("name,ring,quadrant,isNew,description");
    expect(csv.text).toContain("FastAPI,Trial,DEV,TRUE,");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("content-disposition")).toMatch(
      /^attachment; filename="radar-churn-model-v2-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const json = await call(radarJson.GET, { cookie: lead.cookie, params: { projectId } });
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    const rows = ZRadarJson.parse(json.body);
    expect(rows.find((r) => r.name === "FastAPI")).toMatchObject({ ring: "Trial", quadrant: "DEV", isNew: "TRUE" });
    expect(new Set(rows.map((r) => r.quadrant))).toEqual(new Set(["ML", "DEV", "PROD", "Data"]));
  });

  it("reads the latest SUBMITTED assessment, whose weak dimensions add points", async () => {
    const { lead, projectId } = await setup();
    await notebookOnly(lead.cookie, projectId);
    const before = (await get(lead.cookie, projectId)).body!.recommendations;
    // Every question answered with its lowest option: every dimension at its weakest.
    const answers = Object.fromEntries(
      CURRENT_BANK.questions.map((q) => [q.id, [...q.options].sort((a, b) => a.level - b.level)[0]!.id]),
    );
    const submitted = await call(assessments.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { projectId },
      body: { bankVersion: CURRENT_BANK.version, answers },
    });
    expect(submitted.status).toBe(201);
    const after = (await get(lead.cookie, projectId)).body!.recommendations;
    expect(before.context.hasAssessment).toBe(false);
    expect(after.context.hasAssessment).toBe(true);
    const assessmentPoints = (recs: { gaps: { score: { parts: { id: string; points: number }[] } }[] }) =>
      recs.gaps
        .flatMap((g) => g.score.parts)
        .filter((p) => p.id === "assessment")
        .reduce((n, p) => n + p.points, 0);
    expect(assessmentPoints(before)).toBe(0);
    expect(assessmentPoints(after)).toBeGreaterThan(0);
  });
});
