import "server-only";
import { parseProjectBackup, type TProjectBackup } from "@/lib/backup/format";
import type { TRestoreReport } from "@/lib/backup/restore-report";
import { Prisma } from "@/lib/generated/prisma/client";
import { newGroupId } from "@/lib/pipeline/ids";
import { STAGES, type PipelineNode } from "@/lib/pipeline/types";
import type { TProject } from "@/lib/validation/projects";
import { requireTeamAccess } from "./access";
import { recordAudit } from "./audit";
import { getDb, sqlName, type Tx } from "./db";
import { writeDiagramRows } from "./pipeline-write";
import { projectSelect, toProject } from "./projects";
import type { SessionUser } from "./session";

// POST /api/v1/teams/:teamId/projects/restore: a backup (lib/backup/format.ts) becomes a NEW
// project of the team, in one transaction: either all of it is written or nothing is. The file
// is checked whole before the first write. People are matched by e-mail to the team's members;
// an e-mail that is not one (or a viewer named as an owner) is left unassigned and listed.

// A 5,000-node backup writes in a few seconds; the default 5 s would cut it off under load.
const RESTORE_TX_OPTIONS = { timeout: 60_000, maxWait: 10_000 };

export async function restoreProjectBackup(
  user: SessionUser,
  teamId: string,
  input: unknown,
): Promise<{ project: TProject; report: TRestoreReport }> {
  const backup = parseProjectBackup(input);
  return getDb().$transaction(async (tx) => {
    await requireTeamAccess(tx, user, teamId, "project.restore");
    const people = await teamPeopleByEmail(tx, teamId);
    const name = await freeProjectName(tx, teamId, backup.project.name);
    const created = await tx.project.create({
      data: {
        teamId,
        name,
        description: backup.project.description,
        createdById: people.user(backup.project.createdBy),
      },
      select: projectSelect,
    });
    const projectId = created.id;
    await writePipeline(tx, user, projectId, backup, people);
    await writeAssessments(tx, projectId, backup, people);
    await writeRoadmap(tx, projectId, backup, people);
    const report: TRestoreReport = {
      unassignedEmails: [...people.unassigned].sort(),
      counts: {
        nodes: backup.pipeline.nodes.length,
        edges: backup.pipeline.edges.length,
        cells: backup.pipeline.cells.length,
        groups: backup.pipeline.groups.length,
        assessments: backup.assessments.length,
        roadmapItems: backup.roadmap.items.length,
      },
    };
    await recordAudit(tx, {
      teamId,
      projectId,
      actorId: user.id,
      action: "project.restored",
      targetType: "project",
      targetId: projectId,
      details: { name, exportedAt: backup.exportedAt, ...report },
    });
    return { project: toProject(created), report };
  }, RESTORE_TX_OPTIONS);
}

type People = {
  /** The user id of a team member with this e-mail, else null (and the e-mail is listed). */
  user: (email: string | null) => string | null;
  /** The membership id of a lead or member with this e-mail (viewers own nothing), else null. */
  owner: (email: string | null) => string | null;
  unassigned: Set<string>;
};

async function teamPeopleByEmail(tx: Tx, teamId: string): Promise<People> {
  const rows = await tx.membership.findMany({
    where: { teamId },
    select: { id: true, role: true, userId: true, user: { select: { email: true } } },
  });
  const byEmail = new Map(rows.map((m) => [m.user.email.toLowerCase(), m]));
  const unassigned = new Set<string>();
  const find = (email: string | null, fits: (m: (typeof rows)[number]) => boolean) => {
    if (email === null) return null;
    const member = byEmail.get(email.toLowerCase());
    if (member && fits(member)) return member;
    unassigned.add(email);
    return null;
  };
  return {
    user: (email) => find(email, () => true)?.userId ?? null,
    owner: (email) => find(email, (m) => m.role !== "VIEWER")?.id ?? null,
    unassigned,
  };
}

/** The backup's name, or "<name> (restored)", "(restored 2)"… when the team already has it. */
async function freeProjectName(tx: Tx, teamId: string, name: string): Promise<string> {
  const rows = await tx.project.findMany({
    where: { teamId, name: { startsWith: name } },
    select: { name: true },
  });
  const taken = new Set(rows.map((r) => r.name));
  if (!taken.has(name)) return name;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (restored)" : ` (restored ${n})`;
    const candidate = `${name.slice(0, 100 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

async function writePipeline(tx: Tx, user: SessionUser, projectId: string, backup: TProjectBackup, people: People) {
  const { viewport, edges, cells, groups } = backup.pipeline;
  const nodes: PipelineNode[] = backup.pipeline.nodes.map(({ owner, ...node }) => ({
    ...node,
    ownerId: people.owner(owner),
    sourceCells: node.sourceCells?.length ? node.sourceCells : null,
  }));
  const empty = nodes.length === 0 && edges.length === 0;
  const version = empty ? 0 : 1;
  const diagram = await tx.pipelineDiagram.create({
    data: {
      projectId,
      version,
      viewportX: viewport.x,
      viewportY: viewport.y,
      viewportZoom: viewport.zoom,
      updatedById: user.id,
    },
    select: { id: true },
  });
  if (empty) return;
  // With the revision: the base a save made from version 1 is merged against, as after any save.
  await writeDiagramRows(tx, diagram.id, version, { nodes, edges }, { removeMissing: false });
  const table = (name: string) => Prisma.raw(sqlName(name));
  if (cells.length > 0)
    await tx.$executeRaw`
      INSERT INTO ${table("PipelineNodeCell")} ("diagramId", "nodeId", "cellIndex", "source")
      SELECT ${diagram.id}, u."nodeId", u."cellIndex", u."source"
      FROM unnest(${cells.map((c) => c.nodeId)}::text[], ${cells.map((c) => c.index)}::int[], ${cells.map((c) => c.source)}::text[])
        AS u("nodeId", "cellIndex", "source")`;
  // Group ids are made anew: the file's ids only tie its nodes together.
  const members = groups.flatMap((g) => {
    const groupId = newGroupId();
    return g.nodeIds.map((nodeId) => ({ nodeId, groupId, name: g.name }));
  });
  if (members.length > 0)
    await tx.$executeRaw`
      INSERT INTO ${table("PipelineNodeGroup")} ("diagramId", "nodeId", "groupId", "name")
      SELECT ${diagram.id}, u."nodeId", u."groupId", u."name"
      FROM unnest(${members.map((m) => m.nodeId)}::text[], ${members.map((m) => m.groupId)}::text[], ${members.map((m) => m.name)}::text[])
        AS u("nodeId", "groupId", "name")`;
}

async function writeAssessments(tx: Tx, projectId: string, backup: TProjectBackup, people: People) {
  if (backup.assessments.length === 0) return;
  await tx.assessment.createMany({
    data: backup.assessments.map((a) => ({
      projectId,
      draftOf: a.status === "DRAFT" ? projectId : null,
      bankVersion: a.bankVersion,
      status: a.status,
      answers: a.answers,
      suggestions: a.suggestions as Prisma.InputJsonValue,
      result: a.result === null ? Prisma.JsonNull : (a.result as unknown as Prisma.InputJsonValue),
      createdById: people.user(a.createdBy),
      updatedById: people.user(a.updatedBy),
      submittedById: people.user(a.submittedBy),
      createdAt: new Date(a.createdAt),
      submittedAt: a.submittedAt === null ? null : new Date(a.submittedAt),
    })),
  });
}

async function writeRoadmap(tx: Tx, projectId: string, backup: TProjectBackup, people: People) {
  const items = backup.roadmap.items;
  if (items.length === 0) return;
  // Each stage renumbered 0..n-1 in the file's order, whatever gaps or repeats it had.
  const ordered = STAGES.flatMap((stage) =>
    items
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => item.stage === stage)
      .sort((a, b) => a.item.position - b.item.position || a.index - b.index)
      .map(({ item }, position) => ({ item, position })),
  );
  await tx.roadmapItem.createMany({
    data: ordered.map(({ item, position }) => ({
      projectId,
      title: item.title,
      doneWhen: item.doneWhen,
      detail: item.detail,
      phase: item.phase ?? null,
      componentId: item.componentId ?? null,
      toolSlug: item.toolSlug ?? null,
      nodeIds: item.nodeIds,
      ownerId: people.owner(item.owner),
      priority: item.priority ?? null,
      status: item.status,
      stage: item.stage,
      position,
      targetDate: item.targetDate ? new Date(`${item.targetDate}T00:00:00Z`) : null,
      source: item.source,
      sourceKey: item.sourceKey ?? null,
      createdById: people.user(item.createdBy),
      doneAt: item.doneAt === null ? null : new Date(item.doneAt),
    })),
  });
}
