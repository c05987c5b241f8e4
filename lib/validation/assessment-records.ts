import { z } from "zod";
import { DIMENSION_IDS, GOOGLE_LEVELS, MS_LEVELS } from "@/lib/assessment/types";
import { ZTimestamp } from "./common";
import { version } from "./text";
import { ZAssessmentAnswersInput, ZAssessmentResult, ZQuestionBank, ZSuggestions } from "./assessments";

// Stored assessments on the wire (routes under /api/v1/projects/:projectId/assessments).
// The answers' own shape and rules (known question ids, options of that question, the
// current bank version) are lib/validation/assessments.ts's; these are the envelopes around them.

/**
 * PUT …/assessments/draft: the whole (possibly partial) set of answers. Without `version`
 * a new draft is started (409 with the current one if a teammate started one first); with
 * it, the draft is updated only if still at that version (409 with the current draft).
 */
export const ZDraftSave = ZAssessmentAnswersInput.extend({ version: version("version").optional() });
export type TDraftSave = z.infer<typeof ZDraftSave>;

/** PUT …/assessments/:assessmentId: the draft by id, always version-checked. */
export const ZDraftUpdate = ZDraftSave.required({ version: true });

/** POST …/assessments/:assessmentId/submit: the draft version the user saw when submitting. */
export const ZSubmit = z.strictObject({ version: version("version") });

// ---- Output ----

const ZPerson = z.strictObject({ id: z.string(), name: z.string() }).nullable();

export const ZAssessmentStatus = z.enum(["DRAFT", "SUBMITTED"]);

/** A line of the history: enough for the list, the trend chart and the delta badges. */
export const ZAssessmentSummary = z.strictObject({
  id: z.string(),
  status: ZAssessmentStatus,
  bankVersion: z.int(),
  version: z.int(),
  /** Google Cloud level 0–2; null for a draft. */
  googleLevel: z.union(GOOGLE_LEVELS.map((l) => z.literal(l))).nullable(),
  dimensions: z.array(
    z.strictObject({ id: z.enum(DIMENSION_IDS), level: z.union(MS_LEVELS.map((l) => z.literal(l))) }),
  ),
  confidence: z.number().min(0).max(1).nullable(),
  answered: z.int(),
  createdBy: ZPerson,
  updatedBy: ZPerson,
  submittedBy: ZPerson,
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  submittedAt: ZTimestamp.nullable(),
});

export const ZAssessment = ZAssessmentSummary.omit({ dimensions: true, googleLevel: true, confidence: true }).extend({
  projectId: z.string(),
  answers: z.record(z.string(), z.string()),
  suggestions: ZSuggestions,
  result: ZAssessmentResult.nullable(),
  /** The bank the assessment was answered with (its own version, so old ones still render). */
  bank: ZQuestionBank,
});

/** GET …/assessments: submitted ones newest first, and the team's draft if there is one. */
export const ZAssessmentsResponse = z.strictObject({
  assessments: z.array(ZAssessmentSummary),
  draft: ZAssessmentSummary.nullable(),
});
export const ZAssessmentResponse = z.strictObject({ assessment: ZAssessment });

/**
 * GET …/assessments/draft: the draft, or (none yet) what a new one starts from: the last
 * submitted answers that still fit the current bank, and what the pipeline suggests.
 */
export const ZDraftResponse = z.strictObject({
  draft: ZAssessment.nullable(),
  proposal: z
    .strictObject({
      bankVersion: z.int(),
      answers: z.record(z.string(), z.string()),
      suggestions: ZSuggestions,
      basedOn: z.string().nullable(),
      bank: ZQuestionBank,
    })
    .nullable(),
});

export const ZQuestionsResponse = z.strictObject({ bank: ZQuestionBank });

export type TAssessmentSummary = z.infer<typeof ZAssessmentSummary>;
export type TAssessment = z.infer<typeof ZAssessment>;
export type TAssessmentsResponse = z.infer<typeof ZAssessmentsResponse>;
export type TDraftResponse = z.infer<typeof ZDraftResponse>;
