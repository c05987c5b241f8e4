import { describe, expect, it } from "vitest";
import { BANK_V1 } from "./bank-v1";
import { compareResults } from "./compare";
import { answersAtLevel } from "./fixtures/answers";
import { scoreAssessment } from "./score";
import { DIMENSION_IDS, type AssessmentResult } from "./types";

const bank = BANK_V1;

describe("compareResults", () => {
  it("reports the Google level change and each dimension's change", () => {
    const before = scoreAssessment(bank, answersAtLevel(bank, 1));
    const after = scoreAssessment(bank, {
      ...answersAtLevel(bank, 1),
      ...answersAtLevel(bank, 3, ["training_pipeline"]),
    });
    const c = compareResults(before, after);
    expect(c.google).toEqual({ from: 0, to: 0, change: 0 });
    expect(c.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    expect(c.dimensions.find((d) => d.id === "training_pipeline")).toMatchObject({ from: 1, to: 3, change: 2 });
    expect(c.dimensions.filter((d) => d.change !== 0).map((d) => d.id)).toEqual(["training_pipeline"]);
    expect(c.bankChanged).toBe(false);
    expect(c.confidence).toEqual({ from: 1, to: 1, change: 0 });
  });

  it("goes down as well as up", () => {
    const c = compareResults(
      scoreAssessment(bank, answersAtLevel(bank, 4)),
      scoreAssessment(bank, answersAtLevel(bank, 0)),
    );
    expect(c.google).toEqual({ from: 2, to: 0, change: -2 });
    expect(c.dimensions.every((d) => d.change !== null && d.change < 0)).toBe(true);
  });

  it("matches dimensions by id across bank versions, with null where one result lacks a dimension", () => {
    const previous = scoreAssessment(bank, answersAtLevel(bank, 2));
    // A later bank that dropped "serving" and lists its dimensions in another order.
    const current: AssessmentResult = {
      ...scoreAssessment(bank, answersAtLevel(bank, 3)),
      bankVersion: 2,
    };
    current.dimensions = current.dimensions.filter((d) => d.id !== "serving").reverse();
    const c = compareResults(previous, current);
    expect(c.bankChanged).toBe(true);
    expect(c.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    expect(c.dimensions.find((d) => d.id === "serving")).toMatchObject({ from: 2, to: null, change: null });
    expect(c.dimensions.find((d) => d.id === "monitoring")).toMatchObject({ from: 2, to: 3, change: 1 });
  });
});
