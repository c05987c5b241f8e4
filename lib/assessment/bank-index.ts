import type { Answers, Question, QuestionBank, QuestionOption } from "./types";
import { NOT_SURE } from "./types";

// How one question was answered, resolved against the bank. An answer naming an option the
// question does not have counts as unanswered here; the wire boundary
// (lib/validation/assessments.ts) refuses such answers before they reach the scoring.

export type ResolvedAnswer =
  { kind: "option"; option: QuestionOption; index: number } | { kind: "not_sure" } | { kind: "unanswered" };

export function resolveAnswer(question: Question, answers: Answers): ResolvedAnswer {
  const given = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  if (given === NOT_SURE) return { kind: "not_sure" };
  const index = question.options.findIndex((o) => o.id === given);
  const option = question.options[index];
  return option ? { kind: "option", option, index } : { kind: "unanswered" };
}

export function questionsOf(bank: QuestionBank, dimension: string): Question[] {
  return bank.questions.filter((q) => q.dimension === dimension);
}
