import "server-only";
import { z } from "zod";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import type { Answers } from "@/lib/assessment/types";
import { checkAnswers, type TAssessmentAnswersInput } from "@/lib/validation/assessments";

/**
 * The answers of a save or submit, checked against the current bank: each unknown question
 * id, each option that is not one of its question's, and a bank version that is not the
 * current one (the message names it) is reported by path, 422 through the ZodError mapping.
 */
export function checkedAnswers(input: TAssessmentAnswersInput): Answers {
  const problems = checkAnswers(CURRENT_BANK, input);
  if (problems.length > 0)
    throw new z.ZodError(
      problems.map((p) => ({ code: "custom" as const, path: p.path, message: p.message, input: undefined })),
    );
  return input.answers;
}
