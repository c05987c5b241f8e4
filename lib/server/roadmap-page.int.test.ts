import { describe, expect, it } from "vitest";
import * as submitRoute from "@/app/api/v1/projects/[projectId]/assessments/[assessmentId]/submit/route";
import * as draftRoute from "@/app/api/v1/projects/[projectId]/assessments/draft/route";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import { ZAssessmentResponse } from "@/lib/validation/assessment-records";
import { call } from "@/test/api";
import { roadmapApi, setupRoadmap } from "@/test/roadmap";
import { roadmapExportInput } from "./roadmap-exports";
import { loadRoadmapPage } from "./roadmap-page";

/** Submits an assessment answering every question with its first (or last) option. */
async function assess(who: { cookie: string }, projectId: string, pick: "first" | "last") {
  const answers = Object.fromEntries(
    CURRENT_BANK.questions.map((q) => [q.id, (pick === "first" ? q.options[0] : q.options.at(-1))!.id]),
  );
  const draft = await call(draftRoute.PUT, {
    method: "PUT",
    cookie: who.cookie,
    params: { projectId },
    body: { bankVersion: CURRENT_BANK.version, answers },
  });
  const { id, version } = ZAssessmentResponse.parse(draft.body).assessment;
  const done = await call(submitRoute.POST, {
    method: "POST",
    cookie: who.cookie,
    params: { projectId, assessmentId: id },
    body: { version },
  });
  return ZAssessmentResponse.parse(done.body).assessment.result!;
}

// The Roadmap tab's one read: the roadmap as the API answers it, who is looking, the
// progress inputs; a stranger is refused like everywhere else.

describe("loadRoadmapPage", () => {
  it("answers the roadmap, the viewer's membership, the nodes, and the trend input", async () => {
    const s = await setupRoadmap();
    const api = roadmapApi(s.projectId);
    await api.create(s.lead, { title: "Track experiments", componentId: "experiment_tracking", ownerId: s.ids.member });

    const page = await loadRoadmapPage(s.viewer, s.projectId);
    expect(page.project).toEqual({ id: s.projectId, name: "Churn model", teamId: s.teamId });
    expect(page.me).toEqual({ membershipId: s.ids.viewer, role: "VIEWER" });
    expect(page.roadmap).toEqual((await api.get(s.viewer)).body);
    expect(page.nodes.map((n) => [n.id, n.kind, n.automation])).toEqual([
      ["a", "step", "MANUAL"],
      ["b", "step", "MANUAL"],
    ]);
    expect(page.maturity).toEqual([]);
    await expect(loadRoadmapPage(s.stranger, s.projectId)).rejects.toMatchObject({ status: 404 });
  });

  it("maturity: every submitted assessment, oldest first; the export takes the latest", async () => {
    const s = await setupRoadmap();
    const first = await assess(s.lead, s.projectId, "first");
    const latest = await assess(s.lead, s.projectId, "last");
    const { maturity } = await loadRoadmapPage(s.member, s.projectId);
    expect(maturity.map((m) => m.googleLevel)).toEqual([first.google.level, latest.google.level]);
    expect(maturity[1]!.dimensions).toEqual(
      latest.dimensions.map((d) => ({ id: d.id, label: d.label, level: d.level })),
    );
    expect(Date.parse(maturity[0]!.submittedAt)).toBeLessThanOrEqual(Date.parse(maturity[1]!.submittedAt));
    expect((await roadmapExportInput(s.member, s.projectId)).maturity).toEqual(maturity[1]);
  });
});
