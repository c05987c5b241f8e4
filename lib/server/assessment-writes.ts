import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { scoreAssessment } from "@/lib/assessment/score";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import type { Answers } from "@/lib/assessment/types";
import { ZAssessmentAnswersInput } from "@/lib/validation/assessments";
import { ZDraftSave, ZDraftUpdate, ZSubmit, type TAssessment } from "@/lib/validation/assessment-records";
import { requireProjectAccess } from "./access";
import { checkedAnswers } from "./assessment-answers";
import { answersOf, assessmentSelect, toAssessment } from "./assessment-rows";
import { pipelineSuggestions } from "./assessments";
import { recordAudit } from "./audit";
import { getDb, type Tx } from "./db";
import { AppError, ConflictError, NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// Writing assessments (assessment.take: leads and members). The draft is the team's, one
// per project (Assessment.draftOf is unique), saved whole with a version check. Submitting
// computes the result here, never from the client, and freezes the row; a submitted
// assessment is read-only (409 assessment_submitted).

/** PUT …/assessments/draft: starts the draft (no `version`) or updates it at `version`. */
export async function saveDraft(user: SessionUser, projectId: string, input: unknown): Promise<TAssessment> {
  const body = ZDraftSave.parse(input);
  const answers = checkedAnswers(body);
  if (body.version !== undefined) {
    const version = body.version;
    return getDb().$transaction(async (tx) => {
      await requireProjectAccess(tx, user, projectId, "assessment.take");
      const draft = await tx.assessment.findUnique({ where: { draftOf: projectId }, select: { id: true } });
      if (!draft) throw await noDraftError(tx, projectId);
      return writeDraft(tx, user, projectId, draft.id, version, answers);
    });
  }
  // Suggestions are the server's own reading of the diagram, kept with the draft.
  const suggestions = await pipelineSuggestions(user, projectId);
  try {
    return await getDb().$transaction(async (tx) => {
      await requireProjectAccess(tx, user, projectId, "assessment.take");
      const row = await tx.assessment.create({
        data: {
          projectId,
          draftOf: projectId,
          bankVersion: CURRENT_BANK.version,
          answers,
          suggestions,
          createdById: user.id,
          updatedById: user.id,
        },
        select: assessmentSelect,
      });
      return toAssessment(row);
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const current = await getDb().assessment.findUnique({ where: { draftOf: projectId }, select: assessmentSelect });
    throw new ConflictError("A teammate started a draft of this assessment meanwhile. Continue theirs.", {
      current: current && toAssessment(current),
    });
  }
}

/** PUT …/assessments/:assessmentId: the draft by id, at `version`. A submitted one is read-only. */
export async function updateDraft(
  user: SessionUser,
  projectId: string,
  assessmentId: string,
  input: unknown,
): Promise<TAssessment> {
  const body = ZDraftUpdate.parse(input);
  const answers = checkedAnswers(body);
  return getDb().$transaction(async (tx) => {
    await requireProjectAccess(tx, user, projectId, "assessment.take");
    return writeDraft(tx, user, projectId, assessmentId, body.version, answers);
  });
}

async function writeDraft(
  tx: Tx,
  user: SessionUser,
  projectId: string,
  assessmentId: string,
  version: number,
  answers: Answers,
): Promise<TAssessment> {
  const { count } = await tx.assessment.updateMany({
    where: { id: assessmentId, projectId, status: "DRAFT", version },
    data: { answers, version: { increment: 1 }, updatedById: user.id },
  });
  const row = await tx.assessment.findFirst({ where: { id: assessmentId, projectId }, select: assessmentSelect });
  if (!row) throw new NotFoundError("Assessment");
  if (row.status === "SUBMITTED") throw submittedError(row);
  if (count === 0)
    throw new ConflictError("A teammate saved this draft since you loaded it.", { current: toAssessment(row) });
  return toAssessment(row);
}

/**
 * POST …/assessments/:assessmentId/submit: the draft at `version` becomes SUBMITTED, in one
 * statement that only a DRAFT at that version passes, so of two concurrent submits one
 * wins. The other (a double click) finds it submitted at the version it named and gets
 * the same assessment back; a submit of an older version is 409.
 */
export async function submitDraft(
  user: SessionUser,
  projectId: string,
  assessmentId: string,
  input: unknown,
): Promise<TAssessment> {
  const { version } = ZSubmit.parse(input);
  return getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "assessment.take");
    const before = await tx.assessment.findFirst({ where: { id: assessmentId, projectId }, select: assessmentSelect });
    if (!before) throw new NotFoundError("Assessment");
    const result = scoreAssessment(CURRENT_BANK, answersOf(before));
    const { count } = await tx.assessment.updateMany({
      where: { id: assessmentId, projectId, status: "DRAFT", version, bankVersion: CURRENT_BANK.version },
      data: {
        status: "SUBMITTED",
        draftOf: null,
        result,
        submittedAt: new Date(),
        submittedById: user.id,
        updatedById: user.id,
      },
    });
    const row = await tx.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: assessmentSelect });
    if (count === 0) {
      if (row.status === "SUBMITTED" && row.version === version) return toAssessment(row);
      if (row.status === "SUBMITTED") throw submittedError(row);
      if (row.bankVersion !== CURRENT_BANK.version)
        throw new AppError(
          "invalid_input",
          `This draft was answered with question bank ${row.bankVersion}; the current bank is version ${CURRENT_BANK.version}. Start a new assessment.`,
        );
      throw new ConflictError("A teammate saved this draft since you loaded it. Check the answers, then submit.", {
        current: toAssessment(row),
      });
    }
    await auditSubmitted(tx, user, project, row.id, result.google.level);
    return toAssessment(row);
  });
}

/**
 * POST …/assessments: a complete assessment in one go (for scripts), scored here. The same
 * answers sent again by the same person within a minute (a double click, a retried request)
 * answer the assessment already stored, 200 instead of 201: nothing is stored twice.
 */
export async function submitAssessment(
  user: SessionUser,
  projectId: string,
  input: unknown,
): Promise<{ assessment: TAssessment; created: boolean }> {
  const answers = checkedAnswers(ZAssessmentAnswersInput.parse(input));
  const suggestions = await pipelineSuggestions(user, projectId);
  return getDb().$transaction(async (tx) => {
    const { project } = await requireProjectAccess(tx, user, projectId, "assessment.take");
    // One submit per project at a time, so the repeat check below sees the other's row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`assessment:${projectId}`}))`;
    const recent = await tx.assessment.findFirst({
      where: {
        projectId,
        status: "SUBMITTED",
        submittedById: user.id,
        submittedAt: { gte: new Date(Date.now() - 60_000) },
      },
      orderBy: { submittedAt: "desc" },
      select: assessmentSelect,
    });
    if (recent && sameAnswers(answersOf(recent), answers)) return { assessment: toAssessment(recent), created: false };
    const result = scoreAssessment(CURRENT_BANK, answers);
    const row = await tx.assessment.create({
      data: {
        projectId,
        bankVersion: CURRENT_BANK.version,
        status: "SUBMITTED",
        answers,
        suggestions,
        result,
        createdById: user.id,
        updatedById: user.id,
        submittedById: user.id,
        submittedAt: new Date(),
      },
      select: assessmentSelect,
    });
    await auditSubmitted(tx, user, project, row.id, result.google.level);
    return { assessment: toAssessment(row), created: true };
  });
}

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

function auditSubmitted(
  tx: Tx,
  user: SessionUser,
  project: { id: string; teamId: string },
  assessmentId: string,
  googleLevel: number,
) {
  return recordAudit(tx, {
    teamId: project.teamId,
    projectId: project.id,
    actorId: user.id,
    action: "assessment.submitted",
    targetType: "assessment",
    targetId: assessmentId,
    details: { googleLevel },
  });
}

function submittedError(row: Parameters<typeof toAssessment>[0]) {
  return new AppError(
    "assessment_submitted",
    "This assessment is submitted and read-only. Start a new assessment to change answers.",
    { current: toAssessment(row) },
  );
}

async function noDraftError(tx: Tx, projectId: string) {
  const submitted = await tx.assessment.findFirst({ where: { projectId, status: "SUBMITTED" }, select: { id: true } });
  return submitted
    ? new AppError(
        "assessment_submitted",
        "The draft was submitted meanwhile. Start a new assessment to change answers.",
      )
    : new ConflictError("There is no draft to update. Start one by saving without a version.");
}
