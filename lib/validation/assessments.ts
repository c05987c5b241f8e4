import { z } from "zod";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import {
  DIMENSION_IDS,
  GOOGLE_LEVELS,
  GOOGLE_REQUIREMENTS,
  MS_LEVELS,
  NOT_SURE,
  type AssessmentComparison,
  type AssessmentResult,
  type QuestionBank,
  type Suggestions,
} from "@/lib/assessment/types";
import { COMPONENT_IDS } from "@/lib/pipeline/components";
import { safeText, version } from "./text";

// The maturity assessment on the wire. Input: a set of answers to one bank version, checked
// against that bank so each problem names its question (unknown question, option the question
// does not have, answers for a bank that is not the current one). Output: strict schemas of
// the bank and of a result, checked at compile time to be the domain types.

/** More answers than any bank has questions is no questionnaire. */
export const MAX_ANSWERS = 200;
const MAX_ID = 100;

const show = (value: string) => (value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}…` : JSON.stringify(value));

const ZAnswerMap = z
  .unknown()
  // JSON.parse keeps a "__proto__" key as data, but a zod record drops it silently: say so instead.
  .superRefine((value, ctx) => {
    if (value && typeof value === "object" && Object.hasOwn(value, "__proto__"))
      ctx.addIssue({ code: "custom", path: ["__proto__"], message: `"__proto__" is not a question id` });
  })
  .pipe(
    z
      .record(
        safeText("question id")
          .min(1, "question id must not be empty")
          .max(MAX_ID, `question id must be at most ${MAX_ID} characters`),
        safeText("answer", z.string({ error: 'each answer must be an option id or "not_sure"' }))
          .min(1, "answer must not be empty")
          .max(MAX_ID, `answer must be at most ${MAX_ID} characters`),
        { error: "answers must be an object of question id → option id" },
      )
      .refine((a) => Object.keys(a).length <= MAX_ANSWERS, `answers may hold at most ${MAX_ANSWERS} entries`),
  );

/** The shape alone; `ZAssessmentAnswers` also checks the answers against the current bank. */
export const ZAssessmentAnswersInput = z.strictObject({
  bankVersion: version("bankVersion"),
  answers: ZAnswerMap,
});
export type TAssessmentAnswersInput = z.infer<typeof ZAssessmentAnswersInput>;

export type AnswerProblem = { path: (string | number)[]; message: string };

/**
 * Every problem of a well-shaped input against `bank`, each with its path. Answers to another
 * bank version are one problem (their ids mean nothing against this bank).
 */
export function checkAnswers(bank: QuestionBank, input: TAssessmentAnswersInput): AnswerProblem[] {
  if (input.bankVersion !== bank.version)
    return [
      {
        path: ["bankVersion"],
        message: `answers are for question bank version ${input.bankVersion}; the current bank is version ${bank.version}`,
      },
    ];
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const problems: AnswerProblem[] = [];
  for (const [questionId, answer] of Object.entries(input.answers)) {
    const question = questions.get(questionId);
    if (!question)
      problems.push({
        path: ["answers", questionId],
        message: `${show(questionId)} is not a question of bank version ${bank.version}`,
      });
    else if (answer !== NOT_SURE && !question.options.some((o) => o.id === answer))
      problems.push({
        path: ["answers", questionId],
        message: `${show(answer)} is not an option of question ${show(questionId)} (options: ${question.options.map((o) => o.id).join(", ")}, or ${NOT_SURE})`,
      });
  }
  return problems;
}

/** Answers as the API and the CLI take them: well shaped, and valid for `bank`. */
export function answersSchemaFor(bank: QuestionBank) {
  return ZAssessmentAnswersInput.superRefine((input, ctx) => {
    for (const p of checkAnswers(bank, input)) ctx.addIssue({ code: "custom", path: p.path, message: p.message });
  });
}
export const ZAssessmentAnswers = answersSchemaFor(CURRENT_BANK);

// ---- Output ----

const ZMsLevel = z.literal([...MS_LEVELS]);
const ZGoogleLevel = z.literal([...GOOGLE_LEVELS]);
const ZDimensionId = z.enum(DIMENSION_IDS);
const ZRequirement = z.enum(GOOGLE_REQUIREMENTS);
const ZComponentId = z.enum(COMPONENT_IDS);
const ZShare = z.number().min(0).max(1);

const ZPracticeText = z.strictObject({ title: z.string(), detail: z.string(), components: z.array(ZComponentId) });

export const ZQuestionBank = z.strictObject({
  version: z.int().positive(),
  dimensions: z.array(z.strictObject({ id: ZDimensionId, label: z.string(), description: z.string() })),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      dimension: ZDimensionId,
      text: z.string(),
      help: z.string().optional(),
      options: z.array(
        z.strictObject({
          id: z.string(),
          label: z.string(),
          level: ZMsLevel,
          establishes: z.array(ZRequirement).optional(),
          practice: ZPracticeText.optional(),
        }),
      ),
      components: z.array(ZComponentId),
    }),
  ),
});

export const ZNextPractice = z.strictObject({
  id: z.string(),
  title: z.string(),
  detail: z.string(),
  components: z.array(ZComponentId),
  questionId: z.string(),
});

export const ZAssessmentResult = z.strictObject({
  bankVersion: z.int().positive(),
  google: z.strictObject({
    level: ZGoogleLevel,
    explanation: z.string(),
    missing: z.array(ZRequirement),
    undetermined: z.array(ZRequirement),
  }),
  dimensions: z.array(
    z.strictObject({
      id: ZDimensionId,
      label: z.string(),
      level: ZMsLevel,
      confidence: ZShare,
      answered: z.int().nonnegative(),
      notSure: z.int().nonnegative(),
      unanswered: z.int().nonnegative(),
    }),
  ),
  confidence: ZShare,
  weakest: z.array(z.strictObject({ dimension: ZDimensionId, level: ZMsLevel, practices: z.array(ZNextPractice) })),
});

export const ZSuggestions = z.record(
  z.string(),
  z.strictObject({ optionId: z.string(), reason: z.string(), nodeIds: z.array(z.string()) }),
);

export const ZAssessmentComparison = z.strictObject({
  google: z.strictObject({ from: ZGoogleLevel, to: ZGoogleLevel, change: z.int() }),
  dimensions: z.array(
    z.strictObject({
      id: ZDimensionId,
      label: z.string(),
      from: ZMsLevel.nullable(),
      to: ZMsLevel.nullable(),
      change: z.int().nullable(),
    }),
  ),
  confidence: z.strictObject({ from: ZShare, to: ZShare, change: z.number().min(-1).max(1) }),
  bankChanged: z.boolean(),
});

// The answers are the domain types as they are, no more and no less.
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type _BankIsDomain = Assert<Same<z.infer<typeof ZQuestionBank>, QuestionBank>>;
type _ResultIsDomain = Assert<Same<z.infer<typeof ZAssessmentResult>, AssessmentResult>>;
type _SuggestionsAreDomain = Assert<Same<z.infer<typeof ZSuggestions>, Suggestions>>;
type _ComparisonIsDomain = Assert<Same<z.infer<typeof ZAssessmentComparison>, AssessmentComparison>>;
