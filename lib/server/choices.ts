import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ComponentId } from "@/lib/pipeline/components";
import { timestamp } from "@/lib/validation/common";
import { ZChoiceCreate, type TChoice } from "@/lib/validation/choices";
import { requireProjectAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb } from "./db";
import { NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// "Chosen for the roadmap" markers (ProjectChoice) until the roadmap exists. Choosing is
// roadmap.propose (leads and members); a key is chosen at most once per project, and
// choosing it again answers the existing choice, so a double click stores nothing twice.

const choiceSelect = {
  id: true,
  projectId: true,
  source: true,
  key: true,
  title: true,
  componentId: true,
  toolSlug: true,
  detail: true,
  createdAt: true,
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.ProjectChoiceSelect;

type ChoiceRow = Prisma.ProjectChoiceGetPayload<{ select: typeof choiceSelect }>;

export async function listChoices(user: SessionUser, projectId: string): Promise<TChoice[]> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const rows = await db.projectChoice.findMany({
    where: { projectId },
    orderBy: { createdAt: "asc" },
    select: choiceSelect,
  });
  return rows.map(toChoice);
}

/** Returns the choice and whether it was made now (201) or found (200). */
export async function chooseItem(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<{ choice: TChoice; created: boolean }> {
  const data = ZChoiceCreate.parse(input);
  const existing = () =>
    getDb().projectChoice.findUnique({ where: { projectId_key: { projectId, key: data.key } }, select: choiceSelect });
  try {
    return await getDb().$transaction(async (tx) => {
      const { project } = await requireProjectAccess(tx, user, projectId, "roadmap.propose");
      const found = await tx.projectChoice.findUnique({
        where: { projectId_key: { projectId, key: data.key } },
        select: choiceSelect,
      });
      if (found) return { choice: toChoice(found), created: false };
      const row = await tx.projectChoice.create({
        data: {
          projectId,
          source: data.source,
          key: data.key,
          title: data.title,
          componentId: data.componentId ?? null,
          toolSlug: data.toolSlug ?? null,
          detail: data.detail,
          createdById: user.id,
        },
        select: choiceSelect,
      });
      await recordAudit(tx, {
        teamId: project.teamId,
        projectId,
        actorId: user.id,
        action: "roadmap.chosen",
        targetType: "choice",
        targetId: row.id,
        details: { key: row.key, source: row.source },
      });
      return { choice: toChoice(row), created: true };
    });
  } catch (error) {
    // Two requests for the same key at once: the loser answers the winner's row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const row = await existing();
      if (row) return { choice: toChoice(row), created: false };
    }
    throw error;
  }
}

export async function unchooseItem(user: SessionUser, projectId: string, choiceId: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "roadmap.propose");
    const row = await tx.projectChoice.findFirst({ where: { id: choiceId, projectId }, select: choiceSelect });
    if (!row) throw new NotFoundError("Choice");
    await tx.projectChoice.delete({ where: { id: row.id } });
    await recordAudit(tx, {
      teamId: project.teamId,
      projectId,
      actorId: user.id,
      action: "roadmap.unchosen",
      targetType: "choice",
      targetId: row.id,
      details: { key: row.key, source: row.source },
    });
  });
}

function toChoice(row: ChoiceRow): TChoice {
  return {
    ...row,
    componentId: row.componentId as ComponentId | null,
    createdAt: timestamp(row.createdAt),
  };
}
