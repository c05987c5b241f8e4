import { describe, expect, it } from "vitest";
import * as questionsRoute from "@/app/api/v1/assessment/questions/route";
import * as pipelineRoute from "@/app/api/v1/projects/[projectId]/pipeline/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teamsRoute from "@/app/api/v1/teams/route";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import { NOT_SURE } from "@/lib/assessment/types";
import { getDb } from "@/lib/server/db";
import {
  ZAssessmentResponse,
  ZAssessmentsResponse,
  ZDraftResponse,
  ZQuestionsResponse,
} from "@/lib/validation/assessment-records";
import { call } from "@/test/api";
import { pipelineNode } from "@/test/pipeline-node";
import { joinTeam } from "@/test/teams";
import { signUp } from "@/test/users";
import * as byId from "./[assessmentId]/route";
import * as submitRoute from "./[assessmentId]/submit/route";
import * as draftRoute from "./draft/route";
import * as listRoute from "./route";

// The assessment API end to end against PostgreSQL: access rules, bad input, the shared
// draft's version check, the double-clicked submit, and every answer's wire shape.

const [q1, q2] = CURRENT_BANK.questions;
const firstOption = (q: typeof q1) => q!.options[0]!.id;
const lastOption = (q: typeof q1) => q!.options.at(-1)!.id;

async function setup() {
  const lead = await signUp("Ana");
  const team = await call(teamsRoute.POST, { method: "POST", cookie: lead.cookie, body: { name: "Assess" } });
  const teamId = team.body!.team.id as string;
  const project = await call(teamProjects.POST, {
    method: "POST",
    cookie: lead.cookie,
    params: { teamId },
    body: { name: "Churn" },
  });
  const projectId = project.body!.project.id as string;
  return { lead, teamId, projectId, params: { projectId } };
}

const putDraft = (cookie: string, projectId: string, body: unknown) =>
  call(draftRoute.PUT, { method: "PUT", cookie, params: { projectId }, body });

describe("assessment API", () => {
  it("serves the current bank to any signed-in user, and answers match their schemas", async () => {
    const { lead, params } = await setup();
    const bank = await call(questionsRoute.GET, { cookie: lead.cookie });
    expect(bank.status).toBe(200);
    expect(ZQuestionsResponse.parse(bank.body).bank.version).toBe(CURRENT_BANK.version);

    const none = await call(draftRoute.GET, { cookie: lead.cookie, params });
    const empty = ZDraftResponse.parse(none.body);
    expect(empty.draft).toBeNull();
    expect(empty.proposal?.answers).toEqual({});

    const started = await putDraft(lead.cookie, params.projectId, {
      bankVersion: CURRENT_BANK.version,
      answers: { [q1!.id]: firstOption(q1) },
    });
    expect(started.status).toBe(200);
    const draft = ZAssessmentResponse.parse(started.body).assessment;
    expect(draft).toMatchObject({ status: "DRAFT", version: 1, result: null, createdBy: { name: "Ana" } });

    const saved = await call(byId.PUT, {
      method: "PUT",
      cookie: lead.cookie,
      params: { ...params, assessmentId: draft.id },
      body: {
        version: 1,
        bankVersion: CURRENT_BANK.version,
        answers: { [q1!.id]: lastOption(q1), [q2!.id]: NOT_SURE },
      },
    });
    expect(ZAssessmentResponse.parse(saved.body).assessment.version).toBe(2);

    const list = ZAssessmentsResponse.parse((await call(listRoute.GET, { cookie: lead.cookie, params })).body);
    expect(list.assessments).toEqual([]);
    expect(list.draft?.id).toBe(draft.id);

    const submitted = await call(submitRoute.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { ...params, assessmentId: draft.id },
      body: { version: 2 },
    });
    const done = ZAssessmentResponse.parse(submitted.body).assessment;
    expect(done.status).toBe("SUBMITTED");
    expect(done.result?.bankVersion).toBe(CURRENT_BANK.version);
    expect(done.submittedBy?.name).toBe("Ana");

    // A new one starts from the last answers.
    const next = ZDraftResponse.parse((await call(draftRoute.GET, { cookie: lead.cookie, params })).body);
    expect(next.proposal).toMatchObject({
      basedOn: done.id,
      answers: { [q1!.id]: lastOption(q1), [q2!.id]: NOT_SURE },
    });

    const one = await call(listRoute.POST, {
      method: "POST",
      cookie: lead.cookie,
      params,
      body: { bankVersion: CURRENT_BANK.version, answers: { [q1!.id]: firstOption(q1) } },
    });
    expect(one.status).toBe(201);
    ZAssessmentResponse.parse(one.body);
    const history = ZAssessmentsResponse.parse((await call(listRoute.GET, { cookie: lead.cookie, params })).body);
    expect(history.assessments.map((a) => a.id)).toEqual([one.body!.assessment.id, done.id]);
    expect(history.draft).toBeNull();
  });

  it("suggests answers from the pipeline diagram, and keeps them with the draft", async () => {
    const { lead, params } = await setup();
    const nodes = [
      pipelineNode("ci", { category: "ci_cd", automation: "AUTOMATED", phase: "DEV", title: "GitHub Actions" }),
      pipelineNode("reg", { category: "model_registry", title: "MLflow registry" }),
    ];
    const saved = await call(pipelineRoute.PUT, {
      method: "PUT",
      cookie: lead.cookie,
      params,
      body: { baseVersion: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes, edges: [] },
    });
    expect(saved.status).toBe(200);
    const { proposal } = ZDraftResponse.parse((await call(draftRoute.GET, { cookie: lead.cookie, params })).body);
    const suggested = Object.values(proposal!.suggestions);
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.flatMap((s) => s.nodeIds)).toEqual(expect.arrayContaining(["ci", "reg"]));

    const draft = await putDraft(lead.cookie, params.projectId, { bankVersion: CURRENT_BANK.version, answers: {} });
    expect(draft.body!.assessment.suggestions).toEqual(proposal!.suggestions);
  });

  it("refuses bad answers with 422 naming each problem, and stores nothing", async () => {
    const { lead, params } = await setup();
    const cases: [string, unknown, RegExp][] = [
      ["unknown question", { bankVersion: CURRENT_BANK.version, answers: { "no.such": "x" } }, /answers\.no\.such/],
      ["option of no question", { bankVersion: CURRENT_BANK.version, answers: { [q1!.id]: "bogus" } }, /not an option/],
      [
        "another bank version",
        { bankVersion: CURRENT_BANK.version + 1, answers: {} },
        new RegExp(`current bank is version ${CURRENT_BANK.version}`),
      ],
      ["answers not an object", { bankVersion: CURRENT_BANK.version, answers: [1] }, /answers/],
      ["unknown field", { bankVersion: CURRENT_BANK.version, answers: {}, result: {} }, /result/],
      ["NUL in an answer", { bankVersion: CURRENT_BANK.version, answers: { [q1!.id]: "a\u0000" } }, /answers/],
    ];
    for (const [name, body, message] of cases) {
      for (const write of [
        () => putDraft(lead.cookie, params.projectId, body),
        () => call(listRoute.POST, { method: "POST", cookie: lead.cookie, params, body }),
      ]) {
        const response = await write();
        expect(response.status, name).toBe(422);
        expect(response.body!.error.code, name).toBe("invalid_input");
        expect(response.body!.error.message, name).toMatch(message);
      }
    }
    expect(await getDb().assessment.count({ where: { projectId: params.projectId } })).toBe(0);
  });

  it("viewers read results but cannot write; another team's project is 404", async () => {
    const { lead, teamId, params } = await setup();
    const viewer = await signUp("Vera");
    await joinTeam(lead, teamId, viewer, "VIEWER");
    const stranger = await signUp("Sam");
    const body = { bankVersion: CURRENT_BANK.version, answers: {} };
    expect((await putDraft(viewer.cookie, params.projectId, body)).status).toBe(403);
    expect((await call(listRoute.POST, { method: "POST", cookie: viewer.cookie, params, body })).status).toBe(403);
    expect((await call(listRoute.GET, { cookie: viewer.cookie, params })).status).toBe(200);

    const draft = (await putDraft(lead.cookie, params.projectId, body)).body!.assessment;
    const ids = { ...params, assessmentId: draft.id };
    expect(
      (await call(submitRoute.POST, { method: "POST", cookie: viewer.cookie, params: ids, body: { version: 1 } }))
        .status,
    ).toBe(403);
    for (const response of [
      await call(listRoute.GET, { cookie: stranger.cookie, params }),
      await call(byId.GET, { cookie: stranger.cookie, params: ids }),
      await call(draftRoute.GET, { cookie: stranger.cookie, params }),
      await putDraft(stranger.cookie, params.projectId, body),
      await call(submitRoute.POST, { method: "POST", cookie: stranger.cookie, params: ids, body: { version: 1 } }),
    ])
      expect(response.status).toBe(404);
    // An assessment id of this team under another project's URL is not found either.
    const other = await setup();
    const crossed = await call(byId.GET, {
      cookie: other.lead.cookie,
      params: { ...other.params, assessmentId: draft.id },
    });
    expect(crossed.status).toBe(404);
  });

  it("the shared draft: one per project, and a stale save is 409 with the teammate's draft", async () => {
    const { lead, teamId, params } = await setup();
    const member = await signUp("Mo");
    await joinTeam(lead, teamId, member);
    const body = (answers: Record<string, string>, version?: number) => ({
      version,
      bankVersion: CURRENT_BANK.version,
      answers,
    });
    const first = await putDraft(lead.cookie, params.projectId, body({ [q1!.id]: firstOption(q1) }));
    expect(first.status).toBe(200);
    const second = await putDraft(member.cookie, params.projectId, body({ [q2!.id]: NOT_SURE }));
    expect(second.status).toBe(409);
    expect(second.body!.error.current.id).toBe(first.body!.assessment.id);

    expect((await putDraft(member.cookie, params.projectId, body({ [q2!.id]: NOT_SURE }, 1))).status).toBe(200);
    const stale = await putDraft(lead.cookie, params.projectId, body({ [q1!.id]: lastOption(q1) }, 1));
    expect(stale.status).toBe(409);
    expect(stale.body!.error).toMatchObject({
      code: "conflict",
      current: { version: 2, answers: { [q2!.id]: NOT_SURE }, updatedBy: { name: "Mo" } },
    });
    expect(await getDb().assessment.count({ where: { projectId: params.projectId } })).toBe(1);
  });

  it("a double-clicked submit stores one result; a submitted assessment is read-only", async () => {
    const { lead, params } = await setup();
    const draft = (
      await putDraft(lead.cookie, params.projectId, {
        bankVersion: CURRENT_BANK.version,
        answers: { [q1!.id]: lastOption(q1) },
      })
    ).body!.assessment;
    const ids = { ...params, assessmentId: draft.id };
    const submit = () =>
      call(submitRoute.POST, { method: "POST", cookie: lead.cookie, params: ids, body: { version: 1 } });
    const [a, b] = await Promise.all([submit(), submit()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body!.assessment).toEqual(b.body!.assessment);
    const db = getDb();
    expect(await db.assessment.count({ where: { projectId: params.projectId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { projectId: params.projectId, action: "assessment.submitted" } })).toBe(
      1,
    );

    const edit = await call(byId.PUT, {
      method: "PUT",
      cookie: lead.cookie,
      params: ids,
      body: { version: 1, bankVersion: CURRENT_BANK.version, answers: {} },
    });
    expect(edit.status).toBe(409);
    expect(edit.body!.error.code).toBe("assessment_submitted");
    expect(
      (
        await call(byId.PATCH, {
          method: "PATCH",
          cookie: lead.cookie,
          params: ids,
          body: { version: 1, bankVersion: CURRENT_BANK.version, answers: {} },
        })
      ).body!.error.code,
    ).toBe("assessment_submitted");
    const again = await putDraft(lead.cookie, params.projectId, {
      version: 1,
      bankVersion: CURRENT_BANK.version,
      answers: {},
    });
    expect(again.body!.error.code).toBe("assessment_submitted");
    // A different version after the submit is refused too.
    const later = await call(submitRoute.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: ids,
      body: { version: 7 },
    });
    expect(later.status).toBe(409);

    // The one-go POST, double-clicked: the repeat answers the stored assessment (200), nothing twice.
    const body = { bankVersion: CURRENT_BANK.version, answers: { [q2!.id]: NOT_SURE } };
    const [c, d] = await Promise.all([
      call(listRoute.POST, { method: "POST", cookie: lead.cookie, params, body }),
      call(listRoute.POST, { method: "POST", cookie: lead.cookie, params, body }),
    ]);
    expect([c.status, d.status].sort()).toEqual([200, 201]);
    expect(c.body!.assessment.id).toBe(d.body!.assessment.id);
    expect(await db.assessment.count({ where: { projectId: params.projectId } })).toBe(2);
  });

  it("a stored assessment renders from its own stored result, not a recomputation", async () => {
    const { lead, params } = await setup();
    const made = await call(listRoute.POST, {
      method: "POST",
      cookie: lead.cookie,
      params,
      body: { bankVersion: CURRENT_BANK.version, answers: {} },
    });
    const id = made.body!.assessment.id as string;
    const stored = made.body!.assessment.result;
    // As if scored by an older rule: the API shows what was stored then.
    const older = { ...stored, google: { ...stored.google, explanation: "Scored by an older rule." } };
    await getDb().assessment.update({ where: { id }, data: { result: older } });
    const shown = ZAssessmentResponse.parse(
      (await call(byId.GET, { cookie: lead.cookie, params: { ...params, assessmentId: id } })).body,
    );
    expect(shown.assessment.result?.google.explanation).toBe("Scored by an older rule.");
    expect(shown.assessment.bank.version).toBe(CURRENT_BANK.version);
  });
});
