import { describe, expect, it } from "vitest";
import { BANK_V1 } from "./bank-v1";
import { answersAtLevel, questionIds } from "./fixtures/answers";
import { scoreAssessment } from "./score";
import { DIMENSION_IDS, NOT_SURE, type Answers } from "./types";

const bank = BANK_V1;
const dim = (answers: Answers, id: string) => scoreAssessment(bank, answers).dimensions.find((d) => d.id === id)!;

describe("scoreAssessment: dimension levels", () => {
  it.each([0, 1, 2, 3, 4])("every question answered at level %i puts each dimension near it", (level) => {
    const result = scoreAssessment(bank, answersAtLevel(bank, level));
    for (const d of result.dimensions) {
      expect(d.level, d.id).toBeLessThanOrEqual(level);
      expect(d.level, d.id).toBeGreaterThanOrEqual(Math.max(0, level - 1));
      expect(d.confidence).toBe(1);
    }
    expect(result.confidence).toBe(1);
  });

  it("counts only answered options: the level of a dimension is the rule over them", () => {
    const answers = {
      "train.orchestration": "orchestrated", // 3
      "train.triggers": "schedule", // 2
      "train.model_validation": "pipeline", // 3
    };
    expect(dim(answers, "training_pipeline")).toMatchObject({ level: 3, answered: 3, notSure: 0, unanswered: 2 });
  });

  it('treats "not sure" like a missing answer for the level, and lowers only the confidence', () => {
    const base = answersAtLevel(bank, 3);
    const [first] = questionIds(bank, "training_pipeline");
    const notSure = { ...base, [first!]: NOT_SURE };
    const without = { ...base };
    delete without[first!];
    const a = dim(notSure, "training_pipeline");
    const b = dim(without, "training_pipeline");
    expect(a.level).toBe(b.level);
    expect(a).toMatchObject({ notSure: 1, unanswered: 0, answered: 4, confidence: 0.8 });
    expect(b).toMatchObject({ notSure: 0, unanswered: 1, answered: 4, confidence: 0.8 });
    expect(scoreAssessment(bank, notSure).confidence).toBeCloseTo(35 / 36);
  });

  it('a dimension answered only "not sure" is level 0 with confidence 0, and the explanation says so', () => {
    const answers = answersAtLevel(bank, 2);
    for (const id of questionIds(bank, "serving")) answers[id] = NOT_SURE;
    const result = scoreAssessment(bank, answers);
    expect(result.dimensions.find((d) => d.id === "serving")).toMatchObject({ level: 0, confidence: 0, notSure: 5 });
    expect(result.google.explanation).toContain("Nothing was answered for Serving and application integration");
  });

  it("no answers at all: level 0 everywhere, confidence 0, no weakest dimension to act on", () => {
    const result = scoreAssessment(bank, {});
    expect(result.dimensions.map((d) => [d.level, d.confidence])).toEqual(DIMENSION_IDS.map(() => [0, 0]));
    expect(result.confidence).toBe(0);
    expect(result.weakest).toEqual([]);
    expect(result.google).toMatchObject({ level: 0, undetermined: result.google.missing });
    expect(result.google.explanation).not.toContain("by hand");
  });

  it("an answer naming an option the question lacks counts as unanswered (the boundary refuses it first)", () => {
    expect(dim({ "serve.api": "telepathy" }, "serving")).toMatchObject({ answered: 0, unanswered: 5 });
    expect(dim({ toString: "x" } as Answers, "serving").answered).toBe(0);
  });
});

describe("scoreAssessment: Google level from the answers", () => {
  const level1: Answers = {
    "train.orchestration": "orchestrated",
    "data.validation": "pipeline",
    "train.model_validation": "pipeline",
    "exp.tracking": "metadata",
    "train.triggers": "schedule",
  };

  it("the five level-1 answers alone give level 1; the unanswered level-2 requirements are undetermined", () => {
    const { google } = scoreAssessment(bank, level1);
    const missing = ["pipeline_ci_cd", "model_registry"];
    expect(google).toMatchObject({ level: 1, missing, undetermined: missing });
    expect(google.explanation).toContain(
      "We could not tell whether it has CI/CD of the pipeline's code and a model registry",
    );
  });

  it("level 1 with level-2 questions answered low: missing, with what level 2 needs in plain words", () => {
    const { google } = scoreAssessment(bank, { ...level1, "code.ci": "ml_ci", "release.registry": "storage" });
    expect(google).toMatchObject({ level: 1, missing: ["pipeline_ci_cd", "model_registry"], undetermined: [] });
    expect(google.explanation).toContain("level 1 (ML pipeline automation)");
    expect(google.explanation).toContain("CI/CD for the pipeline's own code");
    expect(google.explanation).toContain("a model registry");
  });

  it("adding pipeline CI/CD and a registry gives level 2", () => {
    const { google } = scoreAssessment(bank, { ...level1, "code.ci": "pipeline_cicd", "release.registry": "registry" });
    expect(google).toMatchObject({ level: 2, missing: [], undetermined: [] });
  });

  it.each(Object.keys(level1))("lowering %s alone drops to level 0 and names what is missing", (questionId) => {
    const answers = { ...level1, [questionId]: bank.questions.find((q) => q.id === questionId)!.options[1]!.id };
    const { google } = scoreAssessment(bank, answers);
    expect(google.level).toBe(0);
    expect(google.missing).toHaveLength(1);
    expect(google.undetermined).toEqual([]);
    expect(google.explanation).toContain("To reach level 1 (ML pipeline automation) it still needs");
  });

  it('a requirement whose questions are "not sure" is undetermined, not missing by an answer', () => {
    const { google } = scoreAssessment(bank, { ...level1, "exp.tracking": NOT_SURE });
    expect(google).toMatchObject({ level: 0, missing: ["metadata_store"], undetermined: ["metadata_store"] });
    expect(google.explanation).toContain("We could not tell whether it has a metadata store");
    expect(google.explanation).not.toContain("it still needs");
  });

  it("retraining triggers can also come from how monitoring responds", () => {
    const answers = { ...level1, "train.triggers": "decision", "mon.response": "alert_starts" };
    expect(scoreAssessment(bank, answers).google.level).toBe(1);
  });

  it("the level-2 extras without level 1 stay level 0, and the explanation says they will count later", () => {
    const { google } = scoreAssessment(bank, { "code.ci": "pipeline_promoted", "release.registry": "stages" });
    expect(google.level).toBe(0);
    expect(google.explanation).toContain(
      "What level 2 adds and is already here (CI/CD of the pipeline's code and a model registry) will count once level 1 is reached.",
    );
  });
});

describe("the README's worked example", () => {
  it("scores as the README says", () => {
    const result = scoreAssessment(bank, {
      "train.orchestration": "scheduled",
      "train.triggers": "schedule",
      "train.model_validation": "person",
      "train.compute": "managed",
      "train.failures": "not_sure",
      "data.validation": "pipeline",
      "exp.tracking": "metadata",
      "release.registry": "registry",
      "code.ci": "ml_ci",
    });
    expect(result.dimensions.map((d) => [d.id, d.level, d.confidence])).toEqual([
      ["team_process", 0, 0],
      ["data_management", 3, 0.25],
      ["experimentation", 3, 0.2],
      ["code_quality", 2, 0.25],
      ["training_pipeline", 2, 0.8],
      ["model_release", 2, 0.2],
      ["serving", 0, 0],
      ["monitoring", 0, 0],
    ]);
    expect(result.google).toMatchObject({ level: 0, missing: ["orchestrated_pipeline", "model_validation"] });
    expect(result.google.explanation).toMatch(
      /^By Google Cloud's MLOps levels this project is at level 0 \(manual process\)\. Already in place: automated data validation, a metadata store, retraining triggers and a model registry\. To reach level 1 \(ML pipeline automation\) it still needs an orchestrated training pipeline/,
    );
    expect(result.weakest.map((w) => w.dimension)).toEqual(["training_pipeline", "model_release", "code_quality"]);
    expect(result.weakest[0]?.practices.map((p) => p.id)).toEqual([
      "train.model_validation:script",
      "train.orchestration:orchestrated",
      "train.triggers:new_data",
      "train.compute:as_code",
      "train.failures:alerted",
    ]);
    expect(result.weakest[0]?.practices[4]?.detail).toMatch(/^You were not sure about/);
  });
});
