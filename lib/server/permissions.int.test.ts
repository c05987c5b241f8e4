import { afterEach, describe, expect, it, vi } from "vitest";
import * as pipelineRoute from "@/app/api/v1/projects/[projectId]/pipeline/route";
import { call } from "@/test/api";
import { pipelineNode } from "@/test/pipeline-node";
import { signUp } from "@/test/users";
import type { TeamAction, TTeamRole } from "@/lib/teams/roles";
import { ForbiddenError } from "./errors";
import { acceptInvitation, createInvitation } from "./invitations";
import { setMemberSkills } from "./member-skills";
import { listMembers, removeMember, updateMember } from "./members";
import { getPipeline, savePipeline } from "./pipeline";
import { createProject } from "./projects";
import { updateTeamProfile } from "./team-profile";
import { createTeam } from "./teams";

// The server decides with `can` from lib/teams/roles.ts and nothing else: with one grant
// of the table changed here, the server follows it.
const overrides = new Map<string, boolean>();
vi.mock("@/lib/teams/roles", async (importOriginal) => {
  const roles = await importOriginal<typeof import("@/lib/teams/roles")>();
  return {
    ...roles,
    can: (role: TTeamRole, action: TeamAction, target?: { self?: boolean }) =>
      overrides.get(`${role} ${action}`) ?? roles.can(role, action, target),
  };
});

afterEach(() => overrides.clear());

const viewport = { x: 0, y: 0, zoom: 1 };

async function setup() {
  const lead = await signUp("Lead");
  const team = await createTeam(lead, { name: "Table" });
  const project = await createProject(lead, team.id, { name: "P" });
  const join = async (role: "MEMBER" | "VIEWER", name: string) => {
    const user = await signUp(name);
    await acceptInvitation(user, (await createInvitation(lead, team.id, { role })).token);
    return user;
  };
  const member = await join("MEMBER", "Mem");
  const other = await join("MEMBER", "Other");
  const rows = await listMembers(lead, team.id);
  const row = (userId: string) => rows.find((m) => m.userId === userId)!;
  return { lead, team, project, member, other, row };
}

describe("the server reads the permission table", () => {
  it("pipeline.assign: owners and priorities follow the table, through the API's 403", async () => {
    const { lead, member, project, row } = await setup();
    const owned = {
      baseVersion: 0,
      viewport,
      nodes: [pipelineNode("a", { ownerId: row(member.id).id, priority: "P1" })],
      edges: [],
    };
    const refused = await call(pipelineRoute.PUT, {
      method: "PUT",
      cookie: member.cookie,
      params: { projectId: project.id },
      body: owned,
    });
    expect(refused.status).toBe(403);
    expect(refused.body!.error).toMatchObject({
      code: "forbidden",
      message: "Only leads can set owners and priorities.",
    });

    overrides.set("MEMBER pipeline.assign", true);
    await expect(savePipeline(member, project.id, owned)).resolves.toMatchObject({
      version: 1,
      nodes: [{ priority: "P1" }],
    });
    overrides.set("LEAD pipeline.assign", false);
    await expect(
      savePipeline(lead, project.id, {
        ...owned,
        baseVersion: 1,
        nodes: [pipelineNode("a", { ownerId: row(member.id).id, priority: "P0" })],
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    // Without an owner or priority change, the grant is not needed.
    await expect(savePipeline(lead, project.id, { ...owned, baseVersion: 1 })).resolves.toMatchObject({ version: 2 });
    expect((await getPipeline(lead, project.id)).nodes[0]).toMatchObject({ priority: "P1" });
  });

  it("members.set_role, members.set_skills, team.edit_profile and members.remove follow the table", async () => {
    const { lead, member, other, team, row } = await setup();
    const target = row(other.id);
    await expect(
      updateMember(member, team.id, target.id, { version: target.version, role: "VIEWER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    overrides.set("MEMBER members.set_role", true);
    await expect(
      updateMember(member, team.id, target.id, { version: target.version, role: "VIEWER" }),
    ).resolves.toMatchObject({ role: "VIEWER" });

    const skills = (version: number) => ({ version, tools: [], languages: ["python"], note: "" });
    overrides.set("LEAD members.set_skills", false);
    await expect(
      setMemberSkills(lead, team.id, row(member.id).id, skills(row(member.id).skills.version)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    overrides.set("MEMBER members.set_skills", false);
    await expect(
      setMemberSkills(member, team.id, row(member.id).id, skills(row(member.id).skills.version)),
    ).rejects.toBeInstanceOf(ForbiddenError);
    overrides.set("MEMBER members.set_skills", true);
    await expect(
      setMemberSkills(member, team.id, row(other.id).id, skills(row(other.id).skills.version)),
    ).resolves.toMatchObject({ languages: ["python"] });

    overrides.set("LEAD team.edit_profile", false);
    const profile = { version: 1, languages: ["sql"], clouds: [], preference: "none" };
    await expect(updateTeamProfile(lead, team.id, profile)).rejects.toBeInstanceOf(ForbiddenError);
    overrides.set("MEMBER team.edit_profile", true);
    await expect(updateTeamProfile(member, team.id, profile)).resolves.toMatchObject({ languages: ["sql"] });

    overrides.set("LEAD members.remove", false);
    await expect(removeMember(lead, team.id, row(member.id).id)).rejects.toBeInstanceOf(ForbiddenError);
    overrides.set("MEMBER members.remove", true);
    await removeMember(member, team.id, row(other.id).id);
    expect((await listMembers(lead, team.id)).map((m) => m.name).sort()).toEqual(["Lead", "Mem"]);
  });
});
