import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { timestamp } from "@/lib/validation/common";
import { ZProjectCreate, ZProjectUpdate, type TProject, type TProjectPage } from "@/lib/validation/projects";
import { requireProjectAccess, requireTeamAccess, type TeamAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { ConflictError } from "./errors";
import type { SessionUser } from "./session";

export const projectSelect = {
  id: true,
  teamId: true,
  name: true,
  description: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ProjectSelect;

type ProjectRow = Prisma.ProjectGetPayload<{ select: typeof projectSelect }>;

export async function listProjects(user: SessionUser, teamId: string): Promise<TProject[]> {
  return projectsOf(await requireTeamAccess(getDb(), user, teamId, "team.read"));
}

/** The team's projects, for a membership already checked; every member may read them. */
export async function projectsOf(access: TeamAccess): Promise<TProject[]> {
  const rows = await getDb().project.findMany({
    where: { teamId: access.teamId },
    orderBy: { updatedAt: "desc" },
    select: projectSelect,
  });
  return rows.map(toProject);
}

export async function getProject(user: SessionUser, projectId: string): Promise<TProjectPage> {
  const db = getDb();
  const { project, membership, team } = await requireProjectAccess(db, user, projectId, "team.read");
  return { project: toProject(project), team, role: membership.role };
}

export async function createProject(user: SessionUser, teamId: string, input: unknown): Promise<TProject> {
  const data = ZProjectCreate.parse(input);
  return getDb().$transaction(async (tx) => {
    await requireTeamAccess(tx, user, teamId, "project.create");
    const project = await uniqueName(data.name, () =>
      tx.project.create({ data: { ...data, teamId, createdById: user.id }, select: projectSelect }),
    );
    await recordAudit(tx, {
      teamId,
      projectId: project.id,
      actorId: user.id,
      action: "project.created",
      targetType: "project",
      targetId: project.id,
      details: { name: project.name },
    });
    return toProject(project);
  });
}

/** Applies the change only if the project is still at `version`; otherwise 409 with the current project. */
export async function updateProject(user: SessionUser, projectId: string, input: unknown): Promise<TProject> {
  const { version, ...changes } = ZProjectUpdate.parse(input);
  return getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "project.update");
    if (project.version !== version) {
      throw new ConflictError("Someone else changed this project. Reload to see their changes.", {
        current: toProject(project),
      });
    }
    const updated = await uniqueName(changes.name ?? project.name, async () => {
      const { count } = await tx.project.updateMany({
        where: { id: projectId, version },
        data: { ...changes, version: { increment: 1 } },
      });
      if (count === 0) throw new ConflictError("Someone else changed this project. Reload to see their changes.");
      return tx.project.findUniqueOrThrow({ where: { id: projectId }, select: projectSelect });
    });
    await recordAudit(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: "project.updated",
      targetType: "project",
      targetId: projectId,
      details: diff(project, changes),
    });
    return toProject(updated);
  });
}

export async function deleteProject(user: SessionUser, projectId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "project.delete");
    // Recorded first: the event keeps the team id, and its project link is cleared by the delete.
    await recordAudit(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: "project.deleted",
      targetType: "project",
      targetId: projectId,
      details: { name: project.name },
    });
    await tx.project.delete({ where: { id: projectId } });
  });
}

/** The project as the API sends it; also strips the other columns of a full row. */
export function toProject({ id, teamId, name, description, version, createdAt, updatedAt }: ProjectRow): TProject {
  return { id, teamId, name, description, version, createdAt: timestamp(createdAt), updatedAt: timestamp(updatedAt) };
}

function diff(before: ProjectRow, changes: { name?: string; description?: string }): Prisma.InputJsonObject {
  const out: Record<string, { from: string; to: string }> = {};
  if (changes.name !== undefined && changes.name !== before.name) out.name = { from: before.name, to: changes.name };
  if (changes.description !== undefined && changes.description !== before.description) {
    out.description = { from: before.description, to: changes.description };
  }
  return out;
}

async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConflictError(`A project named "${name}" already exists in this team.`);
    }
    throw error;
  }
}
