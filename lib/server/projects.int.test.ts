import { describe, expect, it } from "vitest";
import { signUp } from "@/test/users";
import { getDb } from "./db";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { acceptInvitation, createInvitation } from "./invitations";
import { createProject, deleteProject, getProject, listProjects, updateProject } from "./projects";
import { createTeam } from "./teams";

async function teamWith(role: "MEMBER" | "VIEWER") {
  const lead = await signUp("Lead");
  const other = await signUp(role);
  const team = await createTeam(lead, { name: "Forecasting" });
  const { token } = await createInvitation(lead, team.id, { role });
  await acceptInvitation(other, token);
  return { lead, other, team };
}

describe("projects", () => {
  it("creates, lists, renames and deletes a project, auditing each change", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Vision" });
    const project = await createProject(lead, team.id, { name: "Churn model", description: "Predicts churn" });
    expect(await listProjects(lead, team.id)).toEqual([
      expect.objectContaining({ id: project.id, name: "Churn model", version: 1 }),
    ]);

    const renamed = await updateProject(lead, project.id, { version: 1, name: "Churn model v2" });
    expect(renamed).toMatchObject({ name: "Churn model v2", version: 2 });

    await deleteProject(lead, project.id);
    expect(await listProjects(lead, team.id)).toEqual([]);
    const actions = await getDb().auditEvent.findMany({ where: { teamId: team.id }, orderBy: { createdAt: "asc" } });
    expect(actions.map((a) => a.action)).toEqual([
      "team.created",
      "membership.added",
      "project.created",
      "project.updated",
      "project.deleted",
    ]);
    expect(actions.at(-1)?.details).toEqual({ name: "Churn model v2" });
  });

  it("answers 404 for another team's project and for a made-up id", async () => {
    const { lead, team } = await teamWith("MEMBER");
    const project = await createProject(lead, team.id, { name: "Secret" });
    const stranger = await signUp("Stranger");
    await expect(getProject(stranger, project.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateProject(stranger, project.id, { version: 1, name: "Mine" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getProject(lead, "cm000000000000000000000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(listProjects(stranger, team.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("forbids a viewer every write and changes nothing", async () => {
    const { lead, other: viewer, team } = await teamWith("VIEWER");
    const project = await createProject(lead, team.id, { name: "Ranking" });
    await expect(createProject(viewer, team.id, { name: "Nope" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateProject(viewer, project.id, { version: 1, name: "Nope" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(deleteProject(viewer, project.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getProject(viewer, project.id)).project.name).toBe("Ranking");
    expect(await listProjects(viewer, team.id)).toHaveLength(1);
  });

  it("lets a member edit but not delete", async () => {
    const { lead, other: member, team } = await teamWith("MEMBER");
    const project = await createProject(member, team.id, { name: "Recsys" });
    await expect(updateProject(member, project.id, { version: 1, description: "ok" })).resolves.toMatchObject({
      version: 2,
    });
    await expect(deleteProject(member, project.id)).rejects.toBeInstanceOf(ForbiddenError);
    await deleteProject(lead, project.id);
  });

  it("refuses a stale version with 409 and keeps the other edit", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "NLP" });
    const project = await createProject(lead, team.id, { name: "Tagger" });
    await updateProject(lead, project.id, { version: 1, name: "Tagger A" });
    const stale = updateProject(lead, project.id, { version: 1, name: "Tagger B" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect((await getProject(lead, project.id)).project).toMatchObject({ name: "Tagger A", version: 2 });
  });

  it("refuses a duplicate name in the same team with a clear message", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Dup" });
    await createProject(lead, team.id, { name: "Same" });
    await expect(createProject(lead, team.id, { name: "Same" })).rejects.toThrow(
      'A project named "Same" already exists',
    );
    expect(await listProjects(lead, team.id)).toHaveLength(1);
  });

  it("validates names: too long, empty, control characters; HTML and SQL are kept as plain text", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Input" });
    await expect(createProject(lead, team.id, { name: "x".repeat(10_000) })).rejects.toThrow("at most 100 characters");
    await expect(createProject(lead, team.id, { name: "   " })).rejects.toThrow("Project name is required");
    await expect(createProject(lead, team.id, { name: "a\u0000b" })).rejects.toThrow("control characters");
    const html = await createProject(lead, team.id, { name: "<script>alert(1)</script>" });
    const sql = await createProject(lead, team.id, { name: '\'; DROP TABLE "Project"; --' });
    expect(html.name).toBe("<script>alert(1)</script>");
    expect(sql.name).toBe('\'; DROP TABLE "Project"; --');
    expect(await listProjects(lead, team.id)).toHaveLength(2);
  });
});
