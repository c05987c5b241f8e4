import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BANK_V1 } from "./bank-v1";
import { scoreAssessment } from "./score";
import { NOT_SURE, type Answers } from "./types";

// Properties of the scoring over random answer sets: better answers never score lower, and
// "not sure" or no answer never moves a level below or above what the answered options allow.

const bank = BANK_V1;
/** Per question: an option index, -1 for "not sure", -2 for unanswered. */
const choices = fc.tuple(...bank.questions.map((q) => fc.integer({ min: -2, max: q.options.length - 1 })));
const toAnswers = (picks: number[]): Answers => {
  const answers: Answers = {};
  bank.questions.forEach((q, i) => {
    const pick = picks[i]!;
    if (pick === -1) answers[q.id] = NOT_SURE;
    else if (pick >= 0) answers[q.id] = q.options[pick]!.id;
  });
  return answers;
};

describe("scoreAssessment properties", () => {
  it("raising one answer never lowers a dimension level or the Google level", () => {
    fc.assert(
      fc.property(choices, fc.nat({ max: bank.questions.length - 1 }), (picks, which) => {
        const q = bank.questions[which]!;
        const from = picks[which]!;
        if (from < 0 || from === q.options.length - 1) return;
        const raised = [...picks];
        raised[which] = from + 1;
        const before = scoreAssessment(bank, toAnswers(picks));
        const after = scoreAssessment(bank, toAnswers(raised));
        expect(after.google.level).toBeGreaterThanOrEqual(before.google.level);
        after.dimensions.forEach((d, i) => expect(d.level).toBeGreaterThanOrEqual(before.dimensions[i]!.level));
      }),
      { numRuns: 200 },
    );
  });

  it("each dimension level lies between its lowest and highest answered option; confidence counts options only", () => {
    fc.assert(
      fc.property(choices, (picks) => {
        const answers = toAnswers(picks);
        const result = scoreAssessment(bank, answers);
        for (const d of result.dimensions) {
          const levels = bank.questions
            .filter((q) => q.dimension === d.id)
            .flatMap((q) => q.options.filter((o) => o.id === answers[q.id]).map((o) => o.level));
          if (levels.length === 0) expect(d).toMatchObject({ level: 0, confidence: 0 });
          else {
            expect(d.level).toBeGreaterThanOrEqual(Math.min(...levels));
            expect(d.level).toBeLessThanOrEqual(Math.max(...levels));
          }
          expect(d.answered).toBe(levels.length);
          expect(d.answered + d.notSure + d.unanswered).toBe(bank.questions.filter((q) => q.dimension === d.id).length);
        }
        for (const w of result.weakest) {
          expect(w.practices.length).toBeGreaterThan(0);
          expect(w.practices.length).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 200 },
    );
  });
});
