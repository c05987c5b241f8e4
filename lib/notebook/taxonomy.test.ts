import { describe, expect, it } from "vitest";
import { isStepCategory, STEP_CATEGORIES, STEP_CATEGORY_IDS } from "./taxonomy";

describe("STEP_CATEGORIES", () => {
  it("has the 14 code-cell categories and no documentation", () => {
    expect(STEP_CATEGORIES.map((c) => c.id)).toEqual([...STEP_CATEGORY_IDS]);
    expect(STEP_CATEGORIES).toHaveLength(14);
    expect(isStepCategory("documentation")).toBe(false);
  });

  it("uses the taxonomy's default phases", () => {
    const phase = Object.fromEntries(STEP_CATEGORIES.map((c) => [c.id, c.defaultPhase]));
    expect(phase).toMatchObject({
      setup: "ML",
      model_export: "ML",
      serving: "DEV",
      testing: "DEV",
      deployment: "PROD",
      monitoring: "PROD",
      other: "ML",
    });
  });
});

describe("isStepCategory", () => {
  it("recognises step categories only", () => {
    expect(isStepCategory("serving")).toBe(true);
    expect(isStepCategory("model_api")).toBe(false);
    expect(isStepCategory(3)).toBe(false);
  });
});
