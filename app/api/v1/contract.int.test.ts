import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as invitationAccept from "@/app/api/v1/invitations/[token]/accept/route";
import * as invitationByToken from "@/app/api/v1/invitations/[token]/route";
import * as analyze from "@/app/api/v1/notebooks/analyze/route";
import * as pipelineImport from "@/app/api/v1/projects/[projectId]/pipeline/import/route";
import * as pipeline from "@/app/api/v1/projects/[projectId]/pipeline/route";
import * as projectById from "@/app/api/v1/projects/[projectId]/route";
import * as teamInvitations from "@/app/api/v1/teams/[teamId]/invitations/route";
import * as member from "@/app/api/v1/teams/[teamId]/members/[memberId]/route";
import * as memberSkills from "@/app/api/v1/teams/[teamId]/members/[memberId]/skills/route";
import * as teamProfile from "@/app/api/v1/teams/[teamId]/profile/route";
import * as teamMembers from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teamById from "@/app/api/v1/teams/[teamId]/route";
import * as teams from "@/app/api/v1/teams/route";
import { ZNotebookAnalysisResponse } from "@/lib/validation/notebooks";
import { ZPipelineImportedResponse, ZPipelineResponse, ZPipelineSavedResponse } from "@/lib/validation/pipeline";
import { ZProjectPageResponse, ZProjectResponse, ZProjectsResponse } from "@/lib/validation/projects";
import { ZMemberSkillsResponse, ZTeamProfileResponse } from "@/lib/validation/team-profile";
import {
  ZInvitationAcceptedResponse,
  ZInvitationCreatedResponse,
  ZInvitationPreviewResponse,
  ZInvitationsResponse,
  ZMemberResponse,
  ZMembersResponse,
  ZTeamResponse,
  ZTeamsResponse,
} from "@/lib/validation/teams";
import { APP_ORIGIN, call } from "@/test/api";
import { pipelineNode } from "@/test/pipeline-node";
import { signUp } from "@/test/users";

// The output schemas are the API's documented answers (and, later, its OpenAPI document):
// every real answer must parse with them, strictly, so a field added, renamed, leaked or
// sent as a Date object rather than a string fails here.

function expectShape<S extends z.ZodType>(
  schema: S,
  response: { status: number; body: unknown },
  status = 200,
): z.infer<S> {
  expect(response.status).toBe(status);
  const parsed = schema.safeParse(response.body);
  expect(parsed.error?.issues).toBeUndefined();
  return parsed.data as z.infer<S>;
}

const notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: {},
  cells: [
    { cell_type: "markdown", id: "a", metadata: {}, source: ["# Load"] },
    {
      cell_type: "code",
      id: "b",
      metadata: { tags: ["step:load"] },
      execution_count: 1,
      outputs: [],
      source: ["import pandas as pd\n", "df = pd.read_csv('x.csv')"],
    },
    {
      cell_type: "code",
      id: "c",
      metadata: {},
      execution_count: 2,
      outputs: [],
      source: ["model.fit(X_train, y_train)"],
    },
  ],
};

describe("every answer matches its output schema", () => {
  it("teams, members, invitations", async () => {
    const lead = await signUp("Lead");
    const created = expectShape(
      ZTeamResponse,
      await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Contract" } }),
      201,
    );
    const teamId = created.team.id;
    expectShape(ZTeamsResponse, await call(teams.GET, { cookie: lead.cookie }));
    const read = expectShape(ZTeamResponse, await call(teamById.GET, { cookie: lead.cookie, params: { teamId } }));
    const renamed = expectShape(
      ZTeamResponse,
      await call(teamById.PATCH, {
        method: "PATCH",
        cookie: lead.cookie,
        params: { teamId },
        body: { name: "Renamed" },
      }),
    );
    // One team shape from every route that answers one.
    expect(created.team.membershipId).toBe(read.team.membershipId);
    expect(renamed.team).toMatchObject({ name: "Renamed", role: "LEAD", membershipId: read.team.membershipId });

    const invite = expectShape(
      ZInvitationCreatedResponse,
      await call(teamInvitations.POST, {
        method: "POST",
        cookie: lead.cookie,
        params: { teamId },
        body: { role: "MEMBER", label: "for Ana" },
      }),
      201,
    );
    expectShape(ZInvitationsResponse, await call(teamInvitations.GET, { cookie: lead.cookie, params: { teamId } }));
    const joiner = await signUp("Ana");
    expectShape(
      ZInvitationPreviewResponse,
      await call(invitationByToken.GET, { cookie: joiner.cookie, params: { token: invite.token } }),
    );
    expectShape(
      ZInvitationAcceptedResponse,
      await call(invitationAccept.POST, { method: "POST", cookie: joiner.cookie, params: { token: invite.token } }),
    );

    const { members } = expectShape(
      ZMembersResponse,
      await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } }),
    );
    const ana = members.find((m) => m.userId === joiner.id)!;
    expectShape(
      ZMemberResponse,
      await call(member.PATCH, {
        method: "PATCH",
        cookie: lead.cookie,
        params: { teamId, memberId: ana.id },
        body: { version: ana.version, role: "LEAD" },
      }),
    );
    expectShape(
      ZMemberSkillsResponse,
      await call(memberSkills.GET, { cookie: lead.cookie, params: { teamId, memberId: ana.id } }),
    );
    expectShape(
      ZMemberSkillsResponse,
      await call(memberSkills.PUT, {
        method: "PUT",
        cookie: joiner.cookie,
        params: { teamId, memberId: ana.id },
        body: { version: 1, tools: [{ slug: "terraform", familiarity: "expert" }], languages: ["go"], note: "SRE" },
      }),
    );
    expectShape(ZTeamProfileResponse, await call(teamProfile.GET, { cookie: joiner.cookie, params: { teamId } }));
    const { profile } = expectShape(
      ZTeamProfileResponse,
      await call(teamProfile.PUT, {
        method: "PUT",
        cookie: lead.cookie,
        params: { teamId },
        body: { version: 1, languages: ["python"], clouds: ["aws", "gcp"], preference: "managed" },
      }),
    );
    expect(profile.knowledge.map((k) => k.slug)).toContain("terraform");
  });

  it("projects, the pipeline, the notebook analysis and the import", async () => {
    const lead = await signUp("Lead");
    const teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Contract 2" } })).body!
      .team.id as string;
    const { project } = expectShape(
      ZProjectResponse,
      await call(teamProjects.POST, { method: "POST", cookie: lead.cookie, params: { teamId }, body: { name: "P" } }),
      201,
    );
    const projectId = project.id;
    expectShape(ZProjectsResponse, await call(teamProjects.GET, { cookie: lead.cookie, params: { teamId } }));
    expectShape(ZProjectPageResponse, await call(projectById.GET, { cookie: lead.cookie, params: { projectId } }));
    expectShape(
      ZProjectResponse,
      await call(projectById.PATCH, {
        method: "PATCH",
        cookie: lead.cookie,
        params: { projectId },
        body: { version: project.version, description: "d" },
      }),
    );

    expectShape(ZPipelineResponse, await call(pipeline.GET, { cookie: lead.cookie, params: { projectId } }));
    const body = {
      baseVersion: 0,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: [pipelineNode("a"), pipelineNode("b", { kind: "data", category: null })],
      edges: [{ id: "e", source: "a", target: "b", label: null }],
    };
    const saved = expectShape(
      ZPipelineSavedResponse,
      await call(pipeline.PUT, { method: "PUT", cookie: lead.cookie, params: { projectId }, body }),
    );
    expectShape(ZPipelineResponse, await call(pipeline.GET, { cookie: lead.cookie, params: { projectId } }));

    const headers = new Headers({
      "content-type": "application/octet-stream",
      origin: APP_ORIGIN,
      cookie: lead.cookie,
    });
    const request = new NextRequest(new URL("/api/v1/notebooks/analyze?filename=n.ipynb&preview=1", APP_ORIGIN), {
      method: "POST",
      headers,
      body: JSON.stringify(notebook),
    });
    const response = await analyze.POST(request, { params: Promise.resolve(undefined) });
    const analysis = expectShape(ZNotebookAnalysisResponse, { status: response.status, body: await response.json() });
    expect(analysis.preview).toHaveLength(3);

    const steps = analysis.steps.map(({ title, category, cellIndexes }) => ({ title, category, cellIndexes }));
    expectShape(
      ZPipelineImportedResponse,
      await call(pipelineImport.POST, {
        method: "POST",
        cookie: lead.cookie,
        params: { projectId },
        body: { baseVersion: saved.pipeline.version, steps },
      }),
    );
  });
});
