import { describe, expect, it } from "vitest";
import { isComponentId } from "../pipeline/components";
import { BANK_V1 } from "./bank-v1";
import { answersAtLevel, questionIds } from "./fixtures/answers";
import { MAX_PRACTICES, WEAKEST_TIE_ORDER } from "./practices";
import { scoreAssessment } from "./score";
import { DIMENSION_IDS, NOT_SURE, type Answers, type DimensionId } from "./types";

const bank = BANK_V1;
const weakest = (answers: Answers) => scoreAssessment(bank, answers).weakest;
const practicesOf = (answers: Answers, dimension: DimensionId) =>
  weakest(answers).find((w) => w.dimension === dimension)?.practices ?? [];

describe("weakest dimensions", () => {
  it("orders every dimension in the tie order", () => {
    expect([...WEAKEST_TIE_ORDER].sort()).toEqual([...DIMENSION_IDS].sort());
  });

  it("are the three lowest; equal levels follow the documented tie order", () => {
    const result = weakest(answersAtLevel(bank, 1));
    expect(result.map((w) => w.dimension)).toEqual(WEAKEST_TIE_ORDER.slice(0, 3));
  });

  it("a lower level beats the tie order", () => {
    const answers = { ...answersAtLevel(bank, 2), ...answersAtLevel(bank, 0, ["monitoring", "serving"]) };
    expect(weakest(answers).map((w) => [w.dimension, w.level])).toEqual([
      ["serving", 0],
      ["monitoring", 0],
      ["data_management", 2],
    ]);
  });

  it('leave out a dimension nobody answered (or answered only "not sure"), and one with nothing left to improve', () => {
    const answers = { ...answersAtLevel(bank, 4), ...answersAtLevel(bank, 1, ["serving"]) };
    for (const id of questionIds(bank, "data_management")) delete answers[id];
    for (const id of questionIds(bank, "monitoring")) answers[id] = NOT_SURE;
    const result = weakest(answers);
    expect(result.map((w) => w.dimension)).toEqual(["serving"]);
  });
});

describe("next practices", () => {
  it("give 3 to 5 practices per weakest dimension, with stable ids, their question and real components", () => {
    for (const level of [0, 1, 2]) {
      for (const w of weakest(answersAtLevel(bank, level))) {
        expect(w.practices.length, `${level} ${w.dimension}`).toBeGreaterThanOrEqual(3);
        expect(w.practices.length).toBeLessThanOrEqual(MAX_PRACTICES);
        const ids = w.practices.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of w.practices) {
          const q = bank.questions.find((x) => x.id === p.questionId)!;
          expect(q.dimension).toBe(w.dimension);
          expect(p.id).toMatch(new RegExp(`^${p.questionId.replace(".", "\\.")}:`));
          expect(q.options.some((o) => `${q.id}:${o.id}` === p.id)).toBe(true);
          expect(p.components.length).toBeGreaterThan(0);
          for (const c of p.components) expect(isComponentId(c)).toBe(true);
        }
      }
    }
  });

  it("start with the question answered lowest, and propose the next step up from each answer", () => {
    const answers: Answers = {
      "data.sources": "maintained", // 2
      "data.versioning": "no", // 0
      "data.validation": "script", // 2
      "data.features": "shared_code", // 2
    };
    const practices = practicesOf(answers, "data_management");
    expect(practices[0]?.id).toBe("data.versioning:copies");
    expect(practices.map((p) => p.id).slice(0, 4)).toEqual([
      "data.versioning:copies",
      "data.sources:contracts",
      "data.validation:pipeline",
      "data.features:store",
    ]);
    expect(practices[4]?.id).toBe("data.versioning:versioned");
  });

  it("depend on the answers: two teams at the same level in one dimension get different practices", () => {
    // Both teams' training pipeline is at level 1, for different reasons.
    const notebookTeam: Answers = {
      "train.orchestration": "notebook",
      "train.triggers": "decision",
      "train.model_validation": "person",
      "train.compute": "shared_server",
      "train.failures": "logs",
    };
    const scheduledTeam: Answers = {
      "train.orchestration": "scheduled",
      "train.triggers": "schedule",
      "train.model_validation": "none",
      "train.compute": "laptop",
      "train.failures": "logs",
    };
    const a = practicesOf(notebookTeam, "training_pipeline");
    const b = practicesOf(scheduledTeam, "training_pipeline");
    expect(scoreAssessment(bank, notebookTeam).dimensions.find((d) => d.id === "training_pipeline")?.level).toBe(1);
    expect(scoreAssessment(bank, scheduledTeam).dimensions.find((d) => d.id === "training_pipeline")?.level).toBe(1);
    expect(a.map((p) => p.id)).not.toEqual(b.map((p) => p.id));
    expect(a[0]?.title).toBe("Put the training notebook's code into a versioned script");
    expect(b.map((p) => p.id)).not.toContain("train.orchestration:script");
    expect(b.slice(0, 2).map((p) => p.id)).toEqual(["train.model_validation:person", "train.compute:shared_server"]);
  });

  it('propose a step for a "not sure" answer, saying to check first, after the answered lows', () => {
    const answers: Answers = { "mon.service": "nothing", "mon.model": NOT_SURE, "mon.feedback": "no" };
    const practices = practicesOf(answers, "monitoring");
    expect(practices.map((p) => p.questionId).slice(0, 3)).toEqual(["mon.service", "mon.feedback", "mon.model"]);
    const unsure = practices.find((p) => p.questionId === "mon.model")!;
    expect(unsure.detail).toMatch(
      /^You were not sure about “What do you watch about the model's predictions\?” Check that first\./,
    );
  });

  it("never come from unanswered questions", () => {
    const practices = practicesOf({ "serve.api": "embedded" }, "serving");
    expect(practices.every((p) => p.questionId === "serve.api")).toBe(true);
    expect(practices.map((p) => p.id)).toEqual(["serve.api:api", "serve.api:contract"]);
  });
});
