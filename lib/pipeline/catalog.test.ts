import { describe, expect, it } from "vitest";
import {
  categoryLabel,
  COMPONENT_IDS,
  componentForCategory,
  COMPONENTS,
  componentsByPhase,
  getComponent,
  isComponentId,
  isStepCategory,
  PALETTE_ITEMS,
  searchPalette,
  STEP_CATEGORIES,
  STEP_CATEGORY_IDS,
} from "./catalog";
import { PHASES, STAGES } from "./types";

describe("COMPONENTS", () => {
  it("lists the 22 components of the spec once each, in id order", () => {
    expect(COMPONENTS.map((c) => c.id)).toEqual([...COMPONENT_IDS]);
    expect(new Set(COMPONENT_IDS).size).toBe(22);
  });

  it("gives every component a phase, stage, label and tools", () => {
    for (const c of COMPONENTS) {
      expect(PHASES).toContain(c.phase);
      expect(STAGES).toContain(c.stage);
      expect(c.label.length).toBeGreaterThan(0);
      expect(c.tools.length).toBeGreaterThan(0);
    }
  });

  it("copies the spec's phases and stages", () => {
    expect(getComponent("notebooks")).toMatchObject({ phase: "ML", stage: "EXPERIMENTAL" });
    expect(getComponent("model_api")).toMatchObject({ phase: "DEV", stage: "MVP", tools: ["Flask", "FastAPI", "BentoML"] });
    expect(getComponent("hosting")).toMatchObject({ phase: "PROD", stage: "MVP" });
    expect(getComponent("alerting")).toMatchObject({ phase: "PROD", stage: "PRODUCTIONIZATION", tools: ["Sentry", "Slack"] });
    expect(componentsByPhase().map((g) => g.components.length)).toEqual([9, 7, 6]);
  });
});

describe("STEP_CATEGORIES", () => {
  it("has the 14 code-cell categories and no documentation", () => {
    expect(STEP_CATEGORIES.map((c) => c.id)).toEqual([...STEP_CATEGORY_IDS]);
    expect(STEP_CATEGORIES).toHaveLength(14);
    expect(isStepCategory("documentation")).toBe(false);
  });

  it("uses the taxonomy's default phases", () => {
    const phase = Object.fromEntries(STEP_CATEGORIES.map((c) => [c.id, c.defaultPhase]));
    expect(phase).toMatchObject({ setup: "ML", model_export: "ML", serving: "DEV", testing: "DEV", deployment: "PROD", monitoring: "PROD", other: "ML" });
  });
});

describe("componentForCategory", () => {
  it("follows the spec's table, taking the manual choice", () => {
    for (const c of ["setup", "data_ingestion", "data_exploration", "data_preparation", "feature_engineering"]) {
      expect(componentForCategory(c)).toBe("data_processing");
    }
    expect(componentForCategory("model_training")).toBe("notebooks");
    expect(componentForCategory("hyperparameter_tuning")).toBe("hyperparameter_tuning");
    expect(componentForCategory("model_evaluation")).toBe("notebooks");
    expect(componentForCategory("model_export")).toBe("notebooks");
    expect(componentForCategory("serving")).toBe("model_api");
    expect(componentForCategory("testing")).toBe("testing");
    expect(componentForCategory("deployment")).toBe("hosting");
    expect(componentForCategory("monitoring")).toBe("monitoring");
  });

  it("has no component for other or unknown categories", () => {
    expect(componentForCategory("other")).toBeNull();
    expect(componentForCategory("documentation")).toBeNull();
    expect(componentForCategory("nope")).toBeNull();
  });
});

describe("guards and labels", () => {
  it("recognises ids", () => {
    expect(isComponentId("model_api")).toBe(true);
    expect(isComponentId("serving")).toBe(false);
    expect(isComponentId(null)).toBe(false);
    expect(isComponentId("toString")).toBe(false);
    expect(isStepCategory("serving")).toBe(true);
    expect(isStepCategory(3)).toBe(false);
  });

  it("names categories by kind", () => {
    expect(categoryLabel("component", "caching")).toBe("Caching");
    expect(categoryLabel("step", "data_ingestion")).toBe("Data ingestion");
    expect(categoryLabel("data", null)).toBe("Data set / artifact");
    expect(categoryLabel("external", null)).toBe("External system");
    expect(categoryLabel("component", "future_thing")).toBe("future_thing");
    expect(categoryLabel("step", null)).toBe("step");
  });
});

describe("palette", () => {
  it("offers every component, every step category, data and external", () => {
    expect(PALETTE_ITEMS).toHaveLength(22 + 14 + 2);
    expect(new Set(PALETTE_ITEMS.map((i) => i.key)).size).toBe(PALETTE_ITEMS.length);
    expect(PALETTE_ITEMS.filter((i) => i.kind === "data")).toHaveLength(1);
    expect(PALETTE_ITEMS.filter((i) => i.kind === "external")).toHaveLength(1);
    expect(PALETTE_ITEMS.find((i) => i.key === "step:deployment")).toMatchObject({ phase: "PROD", stage: "MVP" });
  });

  it("returns everything, grouped by phase in lane order, for an empty query", () => {
    const groups = searchPalette("  ");
    expect(groups.map((g) => g.phase)).toEqual(["ML", "DEV", "PROD"]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(PALETTE_ITEMS.length);
    for (const g of groups) for (const item of g.items) expect(item.phase).toBe(g.phase);
  });

  it("matches label, id, tools and keywords case-insensitively", () => {
    const keys = (q: string) => searchPalette(q).flatMap((g) => g.items.map((i) => i.key));
    expect(keys("REDIS")).toEqual(["component:caching"]);
    expect(keys("model_api")).toContain("component:model_api");
    expect(keys("model api")).toContain("component:model_api");
    expect(keys("terraform")).toEqual(["component:infrastructure_as_code"]);
    expect(keys("drift")).toEqual(expect.arrayContaining(["component:model_monitoring", "step:monitoring"]));
    expect(keys("read_csv")).toEqual(["step:data_ingestion"]);
    expect(keys("load tests")).toContain("component:load_testing");
    expect(keys("artifact")).toContain("data");
    expect(keys("zzz-nothing")).toEqual([]);
  });

  it("keeps all three groups when nothing matches", () => {
    expect(searchPalette("zzz").map((g) => [g.phase, g.items.length])).toEqual([["ML", 0], ["DEV", 0], ["PROD", 0]]);
  });
});
