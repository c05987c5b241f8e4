import { describe, expect, it } from "vitest";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import { getDb } from "@/lib/server/db";
import { ZChoiceResponse, ZChoicesResponse } from "@/lib/validation/choices";
import { call } from "@/test/api";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import * as byId from "./[choiceId]/route";
import * as choicesRoute from "./route";

// "Chosen for the roadmap": idempotent on the key, viewers read only, other teams 404.

async function setup() {
  const lead = await signUp("Lead");
  const team = await call(teamsRoute.POST, { method: "POST", cookie: lead.cookie, body: { name: "Choices" } });
  const teamId = team.body!.team.id as string;
  const project = await call(teamProjects.POST, {
    method: "POST",
    cookie: lead.cookie,
    params: { teamId },
    body: { name: "P" },
  });
  return { lead, teamId, params: { projectId: project.body!.project.id as string } };
}

const practice = {
  source: "assessment",
  key: "train.orchestration:1",
  title: "Run training as a scheduled job",
  componentId: "pipeline_orchestration",
};

describe("choices API", () => {
  it("chooses once (201), answers the same choice again (200, also when concurrent), lists and un-chooses", async () => {
    const { lead, params } = await setup();
    const post = () => call(choicesRoute.POST, { method: "POST", cookie: lead.cookie, params, body: practice });
    const [a, b] = await Promise.all([post(), post()]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const choice = ZChoiceResponse.parse(a.body).choice;
    expect(ZChoiceResponse.parse(b.body).choice.id).toBe(choice.id);
    expect((await post()).status).toBe(200);
    const list = ZChoicesResponse.parse((await call(choicesRoute.GET, { cookie: lead.cookie, params })).body);
    expect(list.choices).toHaveLength(1);
    expect(list.choices[0]).toMatchObject({
      key: practice.key,
      componentId: "pipeline_orchestration",
      detail: "",
      createdBy: { name: "Lead" },
    });

    const tool = await call(choicesRoute.POST, {
      method: "POST",
      cookie: lead.cookie,
      params,
      body: {
        source: "recommendation",
        key: "experiment_tracking:mlflow",
        title: "MLflow",
        componentId: "experiment_tracking",
        toolSlug: "mlflow",
      },
    });
    expect(tool.status).toBe(201);

    const removed = await call(byId.DELETE, {
      method: "DELETE",
      cookie: lead.cookie,
      params: { ...params, choiceId: choice.id },
    });
    expect(removed.status).toBe(204);
    expect(
      (await call(byId.DELETE, { method: "DELETE", cookie: lead.cookie, params: { ...params, choiceId: choice.id } }))
        .status,
    ).toBe(404);
    // Choices are roadmap items now: the one left is on the roadmap, in its component's stage.
    const items = await getDb().roadmapItem.findMany({ where: { projectId: params.projectId } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      sourceKey: "experiment_tracking:mlflow",
      source: "recommendation",
      toolSlug: "mlflow",
      stage: "PRODUCTIONIZATION",
      phase: "ML",
      position: 0,
    });
  });

  it("members choose, but removing an item from the roadmap is a lead's (403)", async () => {
    const { lead, teamId, params } = await setup();
    const member = await signUp("Member");
    await joinTeam(lead, teamId, member, "MEMBER");
    const made = await call(choicesRoute.POST, { method: "POST", cookie: member.cookie, params, body: practice });
    expect(made.status).toBe(201);
    const ids = { ...params, choiceId: made.body!.choice.id };
    expect((await call(byId.DELETE, { method: "DELETE", cookie: member.cookie, params: ids })).status).toBe(403);
    expect(await getDb().roadmapItem.count({ where: { projectId: params.projectId } })).toBe(1);
    expect((await call(byId.DELETE, { method: "DELETE", cookie: lead.cookie, params: ids })).status).toBe(204);
  });

  it("refuses bad input with 422 naming the field", async () => {
    const { lead, params } = await setup();
    const cases: [unknown, RegExp][] = [
      [{ ...practice, source: "roadmap" }, /source/],
      [{ ...practice, key: "" }, /key/],
      [{ ...practice, componentId: "kafka" }, /componentId/],
      [{ source: "recommendation", key: "a:b", title: "B" }, /toolSlug/],
      [{ ...practice, toolSlug: "Not A Slug" }, /toolSlug/],
      [{ ...practice, toolSlug: "no-such-tool" }, /toolSlug is not a tool of the catalog/],
      [{ ...practice, title: "x\u0000" }, /NUL/],
      [{ ...practice, extra: 1 }, /extra/],
    ];
    for (const [body, message] of cases) {
      const response = await call(choicesRoute.POST, { method: "POST", cookie: lead.cookie, params, body });
      expect(response.status).toBe(422);
      expect(response.body!.error.message).toMatch(message);
    }
  });

  it("viewers may read but not choose; strangers get 404", async () => {
    const { lead, teamId, params } = await setup();
    const viewer = await signUp("Viewer");
    await joinTeam(lead, teamId, viewer, "VIEWER");
    const stranger = await signUp("Stranger");
    const made = await call(choicesRoute.POST, { method: "POST", cookie: lead.cookie, params, body: practice });
    const ids = { ...params, choiceId: made.body!.choice.id };
    expect(
      (await call(choicesRoute.POST, { method: "POST", cookie: viewer.cookie, params, body: practice })).status,
    ).toBe(403);
    expect((await call(byId.DELETE, { method: "DELETE", cookie: viewer.cookie, params: ids })).status).toBe(403);
    expect((await call(choicesRoute.GET, { cookie: viewer.cookie, params })).status).toBe(200);
    expect((await call(choicesRoute.GET, { cookie: stranger.cookie, params })).status).toBe(404);
    expect((await call(byId.DELETE, { method: "DELETE", cookie: stranger.cookie, params: ids })).status).toBe(404);
  });
});
