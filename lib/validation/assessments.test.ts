import { describe, expect, it } from "vitest";
import { BANK_V1 } from "@/lib/assessment/bank-v1";
import { CURRENT_BANK } from "@/lib/assessment/banks";
import { compareResults } from "@/lib/assessment/compare";
import { answersAtLevel } from "@/lib/assessment/fixtures/answers";
import { scoreAssessment } from "@/lib/assessment/score";
import {
  answersSchemaFor,
  checkAnswers,
  MAX_ANSWERS,
  ZAssessmentAnswers,
  ZAssessmentComparison,
  ZAssessmentResult,
  ZQuestionBank,
} from "./assessments";

const issues = (body: unknown) => {
  const r = ZAssessmentAnswers.safeParse(body);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message }));
};
const v = CURRENT_BANK.version;

describe("ZAssessmentAnswers", () => {
  it("takes option ids and not_sure for questions of the current bank", () => {
    const body = { bankVersion: v, answers: { "serve.api": "api", "mon.model": "not_sure" } };
    expect(ZAssessmentAnswers.parse(body)).toEqual(body);
    expect(ZAssessmentAnswers.parse({ bankVersion: v, answers: {} }).answers).toEqual({});
  });

  it("names each problem with its path: unknown question, option not of that question", () => {
    expect(
      issues({ bankVersion: v, answers: { "serve.apii": "api", "serve.api": "grpc", "mon.model": "drift" } }),
    ).toEqual([
      { path: ["answers", "serve.apii"], message: `"serve.apii" is not a question of bank version ${v}` },
      {
        path: ["answers", "serve.api"],
        message: `"grpc" is not an option of question "serve.api" (options: results_sent, embedded, api, contract, or not_sure)`,
      },
    ]);
  });

  it("refuses answers for another bank version, naming the current one", () => {
    expect(issues({ bankVersion: v + 1, answers: { anything: "x" } })).toEqual([
      {
        path: ["bankVersion"],
        message: `answers are for question bank version ${v + 1}; the current bank is version ${v}`,
      },
    ]);
  });

  it.each([
    ["no body", null, []],
    ["extra key", { bankVersion: v, answers: {}, extra: 1 }, []],
    ["bankVersion not an integer", { bankVersion: 1.5, answers: {} }, ["bankVersion"]],
    ["bankVersion missing", { answers: {} }, ["bankVersion"]],
    ["answers not an object", { bankVersion: v, answers: ["serve.api"] }, ["answers"]],
    ["answer not text", { bankVersion: v, answers: { "serve.api": 2 } }, ["answers", "serve.api"]],
    ["empty answer", { bankVersion: v, answers: { "serve.api": "" } }, ["answers", "serve.api"]],
    ["NUL in an answer", { bankVersion: v, answers: { "serve.api": "a\u0000" } }, ["answers", "serve.api"]],
    ["lone surrogate in a question id", { bankVersion: v, answers: { "\ud800": "x" } }, ["answers", "\ud800"]],
    [
      "__proto__ as a question id",
      JSON.parse(`{"bankVersion":${v},"answers":{"__proto__":"x"}}`),
      ["answers", "__proto__"],
    ],
  ])("refuses %s", (_, body, path) => {
    const found = issues(body);
    expect(found.length).toBeGreaterThan(0);
    if (path.length) expect(found.map((i) => i.path)).toContainEqual(path);
  });

  it(`refuses more than ${MAX_ANSWERS} answers`, () => {
    const answers = Object.fromEntries(Array.from({ length: MAX_ANSWERS + 1 }, (_, i) => [`q${i}`, "x"]));
    expect(issues({ bankVersion: v, answers }).map((i) => i.message)).toContain(
      `answers may hold at most ${MAX_ANSWERS} entries`,
    );
  });

  it("checkAnswers and answersSchemaFor check against the bank they are given", () => {
    expect(checkAnswers(BANK_V1, { bankVersion: 1, answers: answersAtLevel(BANK_V1, 2) })).toEqual([]);
    expect(answersSchemaFor(BANK_V1).safeParse({ bankVersion: 1, answers: { "serve.api": "api" } }).success).toBe(true);
  });
});

describe("output schemas", () => {
  it("the bank parses as ZQuestionBank, exactly", () => {
    expect(ZQuestionBank.parse(CURRENT_BANK)).toEqual(CURRENT_BANK);
  });

  it.each([0, 1, 2, 3, 4])("a result at level %i parses as ZAssessmentResult, exactly", (level) => {
    const result = scoreAssessment(CURRENT_BANK, answersAtLevel(CURRENT_BANK, level));
    expect(ZAssessmentResult.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it("a comparison parses as ZAssessmentComparison", () => {
    const a = scoreAssessment(CURRENT_BANK, {});
    const b = scoreAssessment(CURRENT_BANK, answersAtLevel(CURRENT_BANK, 3));
    expect(ZAssessmentComparison.parse(compareResults(a, b))).toEqual(compareResults(a, b));
  });

  it("is strict: an extra field is refused", () => {
    const result = scoreAssessment(CURRENT_BANK, {});
    expect(ZAssessmentResult.safeParse({ ...result, average: 2 }).success).toBe(false);
  });
});
