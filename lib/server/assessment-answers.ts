import "server-only";
import { z } from "zod";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import { NOT_SURE, type Answers, type QuestionBank } from "@/lib/assessment/types";

/**
 * The answers of a save or submit, checked against the current bank: each unknown question
 * id, each option that is not one of its question's, and a bank version that is not the
 * current one is reported by path (422 through the ZodError mapping).
 */
export function checkedAnswers(input: { bankVersion: number; answers: Record<string, string> }): Answers {
  const bank: QuestionBank = CURRENT_BANK;
  const issues: z.core.$ZodRawIssue[] = [];
  if (input.bankVersion !== bank.version) {
    issues.push({
      code: "custom",
      path: ["bankVersion"],
      message: `These answers are for question bank ${input.bankVersion}; the current bank is version ${bank.version}. Reload the questions.`,
      input: input.bankVersion,
    });
  } else {
    const questions = new Map(bank.questions.map((q) => [q.id, q]));
    for (const [questionId, answer] of Object.entries(input.answers)) {
      const question = questions.get(questionId);
      if (!question)
        issues.push({ code: "custom", path: ["answers", questionId], message: "is not a question of this bank.", input: questionId });
      else if (answer !== NOT_SURE && !question.options.some((o) => o.id === answer))
        issues.push({
          code: "custom",
          path: ["answers", questionId],
          message: `"${answer}" is not an option of this question (${question.options.map((o) => o.id).join(", ")} or ${NOT_SURE}).`,
          input: answer,
        });
    }
  }
  if (issues.length > 0) throw new z.ZodError(issues as z.core.$ZodIssue[]);
  return input.answers;
}
