import "server-only";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import { suggestAnswers } from "@/lib/assessment/suggest";
import {
  NOT_SURE,
  type Answers,
  type AssessmentResult,
  type QuestionBank,
  type Suggestions,
} from "@/lib/assessment/types";
import type { TAssessment, TAssessmentsResponse, TDraftResponse } from "@/lib/validation/assessment-records";
import { requireProjectAccess } from "./access";
import { answersOf, assessmentSelect, toAssessment, toSummary } from "./assessment-rows";
import { getDb, type Db, type Tx } from "./db";
import { NotFoundError } from "./errors";
import { getPipeline } from "./pipeline";
import type { SessionUser } from "./session";

// Reading assessments: every member of the project's team may (team.read); another team's
// project is 404. Writes are in ./assessment-writes.ts.

/** GET /api/v1/assessment/questions: the bank new assessments are answered with. */
export function currentBank(): QuestionBank {
  return CURRENT_BANK;
}

export async function listAssessments(user: SessionUser, projectId: string): Promise<TAssessmentsResponse> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const rows = await db.assessment.findMany({
    where: { projectId },
    orderBy: [{ submittedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: assessmentSelect,
  });
  const draft = rows.find((r) => r.status === "DRAFT");
  return {
    assessments: rows.filter((r) => r.status === "SUBMITTED").map(toSummary),
    draft: draft ? toSummary(draft) : null,
  };
}

export async function getAssessment(user: SessionUser, projectId: string, assessmentId: string): Promise<TAssessment> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const row = await db.assessment.findFirst({ where: { id: assessmentId, projectId }, select: assessmentSelect });
  if (!row) throw new NotFoundError("Assessment");
  return toAssessment(row);
}

/**
 * The team's draft, or what a new one starts from ("a new one starts from the last
 * answers"): the last submitted answers that still fit the current bank, and the answers
 * the pipeline diagram implies, which the user confirms or changes.
 */
export async function getDraft(user: SessionUser, projectId: string): Promise<TDraftResponse> {
  const db = getDb();
  await requireProjectAccess(db, user, projectId, "team.read");
  const draft = await db.assessment.findUnique({ where: { draftOf: projectId }, select: assessmentSelect });
  if (draft) return { draft: toAssessment(draft), proposal: null };
  const [last, suggestions] = await Promise.all([lastSubmitted(db, projectId), pipelineSuggestions(user, projectId)]);
  return {
    draft: null,
    proposal: {
      bankVersion: CURRENT_BANK.version,
      answers: last ? stillValid(answersOf(last), CURRENT_BANK) : {},
      suggestions,
      basedOn: last?.id ?? null,
      bank: CURRENT_BANK,
    },
  };
}

export async function pipelineSuggestions(user: SessionUser, projectId: string): Promise<Suggestions> {
  return suggestAnswers(CURRENT_BANK, await getPipeline(user, projectId));
}

export function lastSubmitted(db: Db | Tx, projectId: string) {
  return db.assessment.findFirst({
    where: { projectId, status: "SUBMITTED" },
    orderBy: { submittedAt: "desc" },
    select: { id: true, answers: true },
  });
}

/** Answers of an older bank that the current one still asks, with options it still has. */
export function stillValid(answers: Answers, bank: QuestionBank): Answers {
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  return Object.fromEntries(
    Object.entries(answers).filter(([questionId, answer]) => {
      const question = questions.get(questionId);
      return !!question && (answer === NOT_SURE || question.options.some((o) => o.id === answer));
    }),
  );
}

/** The latest SUBMITTED assessment's result, for the recommendations and the roadmap; callers have checked access. */
export async function latestResult(db: Db | Tx, projectId: string): Promise<AssessmentResult | null> {
  const row = await db.assessment.findFirst({
    where: { projectId, status: "SUBMITTED" },
    orderBy: { submittedAt: "desc" },
    select: { result: true },
  });
  // Stored by the server's own scoring on submit (./assessment-writes.ts).
  return (row?.result as AssessmentResult | null | undefined) ?? null;
}
