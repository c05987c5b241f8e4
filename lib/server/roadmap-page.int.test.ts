import { describe, expect, it } from "vitest";
import * as memberSkills from "@/app/api/v1/teams/[teamId]/members/[memberId]/skills/route";
import { call } from "@/test/api";
import { roadmapApi, setupRoadmap } from "@/test/roadmap";
import { loadRoadmapPage } from "./roadmap-page";

// The Roadmap tab's one read: the roadmap as the API answers it, who is looking, the
// progress inputs and the owner suggestions; a stranger is refused like everywhere else.

describe("loadRoadmapPage", () => {
  it("answers the roadmap, the viewer's membership, the nodes, the trend input and owner suggestions", async () => {
    const s = await setupRoadmap();
    const api = roadmapApi(s.projectId);
    await api.create(s.lead, { title: "Track experiments", componentId: "experiment_tracking", ownerId: s.ids.member });
    const skills = await call(memberSkills.PUT, {
      method: "PUT",
      cookie: s.member.cookie,
      params: { teamId: s.teamId, memberId: s.ids.member },
      body: { version: 1, tools: [{ slug: "mlflow", familiarity: "expert" }], languages: [], note: "" },
    });
    expect(skills.status).toBe(200);

    const page = await loadRoadmapPage(s.viewer, s.projectId);
    expect(page.project).toEqual({ id: s.projectId, name: "Churn model", teamId: s.teamId });
    expect(page.me).toEqual({ membershipId: s.ids.viewer, role: "VIEWER" });
    expect(page.roadmap).toEqual((await api.get(s.viewer)).body);
    expect(page.nodes.map((n) => [n.id, n.kind, n.automation])).toEqual([
      ["a", "step", "MANUAL"],
      ["b", "step", "MANUAL"],
    ]);
    expect(page.maturity).toEqual([]);
    const mlflow = page.ownerSuggestions.find(
      (o) => o.toolSlug === "mlflow" && o.componentId === "experiment_tracking",
    );
    expect(mlflow).toMatchObject({ componentId: "experiment_tracking", toolName: "MLflow" });
    expect(mlflow!.owners[0]).toMatchObject({ membershipId: s.ids.member, familiarity: "expert", openWorkload: 1 });
    await expect(loadRoadmapPage(s.stranger, s.projectId)).rejects.toMatchObject({ status: 404 });
  });
});
