import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bankByVersion } from "@/lib/assessment/banks";
import { NOT_SURE, type Answers, type AssessmentResult, type Suggestions } from "@/lib/assessment/types";
import { timestamp } from "@/lib/validation/common";
import type { TAssessment, TAssessmentSummary } from "@/lib/validation/assessment-records";

// Assessment rows as the API sends them. The JSON columns hold what this module's callers
// wrote (answers checked against the bank, suggestions and the result computed by the
// server), so they are read back as those types.

const person = { select: { id: true, name: true } } as const;

export const assessmentSelect = {
  id: true,
  projectId: true,
  status: true,
  bankVersion: true,
  version: true,
  answers: true,
  suggestions: true,
  result: true,
  createdAt: true,
  updatedAt: true,
  submittedAt: true,
  createdBy: person,
  updatedBy: person,
  submittedBy: person,
} satisfies Prisma.AssessmentSelect;

export type AssessmentRow = Prisma.AssessmentGetPayload<{ select: typeof assessmentSelect }>;

export const answersOf = (row: { answers: Prisma.JsonValue }) => (row.answers ?? {}) as Answers;
export const resultOf = (row: { result: Prisma.JsonValue }) => row.result as AssessmentResult | null;

export function toSummary(row: AssessmentRow): TAssessmentSummary {
  const result = resultOf(row);
  return {
    id: row.id,
    status: row.status,
    bankVersion: row.bankVersion,
    version: row.version,
    googleLevel: result?.google.level ?? null,
    dimensions: result?.dimensions.map((d) => ({ id: d.id, level: d.level })) ?? [],
    confidence: result?.confidence ?? null,
    answered: Object.values(answersOf(row)).filter((a) => a !== NOT_SURE).length,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    submittedBy: row.submittedBy,
    createdAt: timestamp(row.createdAt),
    updatedAt: timestamp(row.updatedAt),
    submittedAt: row.submittedAt ? timestamp(row.submittedAt) : null,
  };
}

export function toAssessment(row: AssessmentRow): TAssessment {
  const { googleLevel: _g, dimensions: _d, confidence: _c, ...summary } = toSummary(row);
  const bank = bankByVersion(row.bankVersion);
  // Every bank ever shipped stays in lib/assessment/banks.ts; a missing one is a bug, not input.
  if (!bank) throw new Error(`Assessment ${row.id} uses question bank ${row.bankVersion}, which is not shipped.`);
  return {
    ...summary,
    projectId: row.projectId,
    answers: answersOf(row),
    suggestions: (row.suggestions ?? {}) as Suggestions,
    result: resultOf(row),
    bank,
  };
}
