import { resolveAnswer, questionsOf } from "./bank-index";
import { dimensionLevel } from "./dimension-level";
import { explainGoogleLevel } from "./explanation";
import { googleLevel } from "./google-level";
import { weakestDimensions } from "./practices";
import type { Answers, AssessmentResult, DimensionResult, GoogleRequirement, MsLevel, QuestionBank } from "./types";

// Answers → result: a Microsoft level per dimension (./dimension-level.ts), the Google level
// by its rules (./google-level.ts) with a paragraph on why, the confidence, and the weakest
// dimensions with next practices chosen from the answers (./practices.ts). Pure: the same
// bank and answers always give the same result, so a stored result can be recomputed.

export function scoreAssessment(bank: QuestionBank, answers: Answers): AssessmentResult {
  const dimensions = bank.dimensions.map((d): DimensionResult => {
    const levels: MsLevel[] = [];
    let notSure = 0;
    let unanswered = 0;
    for (const q of questionsOf(bank, d.id)) {
      const a = resolveAnswer(q, answers);
      if (a.kind === "option") levels.push(a.option.level);
      else if (a.kind === "not_sure") notSure++;
      else unanswered++;
    }
    const total = levels.length + notSure + unanswered;
    return {
      id: d.id,
      label: d.label,
      level: dimensionLevel(levels),
      confidence: total === 0 ? 0 : levels.length / total,
      answered: levels.length,
      notSure,
      unanswered,
    };
  });

  const established = new Set<GoogleRequirement>();
  const decidable = new Set<GoogleRequirement>();
  for (const q of bank.questions) {
    const a = resolveAnswer(q, answers);
    if (a.kind !== "option") continue;
    for (const r of a.option.establishes ?? []) established.add(r);
    for (const o of q.options) for (const r of o.establishes ?? []) decidable.add(r);
  }
  const { level, missing } = googleLevel(established);
  const undetermined = missing.filter((r) => !decidable.has(r));
  const answered = dimensions.reduce((n, d) => n + d.answered, 0);
  const total = bank.questions.length;

  return {
    bankVersion: bank.version,
    google: {
      level,
      explanation: explainGoogleLevel({
        level,
        established,
        missing,
        undetermined,
        answered,
        total,
        emptyDimensions: dimensions.filter((d) => d.answered === 0).map((d) => d.label),
      }),
      missing,
      undetermined,
    },
    dimensions,
    confidence: total === 0 ? 0 : answered / total,
    weakest: weakestDimensions(bank, answers, dimensions),
  };
}
