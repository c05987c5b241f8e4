import { describe, expect, it } from "vitest";
import {
  COMPONENT_IDS,
  componentForCategory,
  componentOfStep,
  COMPONENTS,
  getComponent,
  isComponentId,
  stageOfStep,
} from "./components";
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
    expect(getComponent("model_api")).toMatchObject({
      phase: "DEV",
      stage: "MVP",
      tools: ["Flask", "FastAPI", "BentoML"],
    });
    expect(getComponent("hosting")).toMatchObject({ phase: "PROD", stage: "MVP" });
    expect(getComponent("alerting")).toMatchObject({
      phase: "PROD",
      stage: "PRODUCTIONIZATION",
      tools: ["Sentry", "Slack"],
    });
    expect(PHASES.map((phase) => COMPONENTS.filter((c) => c.phase === phase).length)).toEqual([9, 7, 6]);
  });
});

describe("componentOfStep", () => {
  it("takes the spec's automated component once a step is AUTOMATED", () => {
    expect(componentOfStep("model_training", "AUTOMATED")).toBe("pipeline_orchestration");
    expect(componentOfStep("model_evaluation", "AUTOMATED")).toBe("experiment_tracking");
    expect(componentOfStep("model_export", "AUTOMATED")).toBe("model_registry");
  });

  it("keeps the manual component for MANUAL and PARTIAL steps", () => {
    for (const automation of ["MANUAL", "PARTIAL"] as const) {
      expect(componentOfStep("model_training", automation)).toBe("notebooks");
      expect(componentOfStep("model_export", automation)).toBe("notebooks");
    }
  });

  it("maps categories with one component the same whatever the automation", () => {
    for (const automation of ["MANUAL", "PARTIAL", "AUTOMATED"] as const) {
      expect(componentOfStep("serving", automation)).toBe("model_api");
      expect(componentOfStep("data_preparation", automation)).toBe("data_processing");
      expect(componentOfStep("other", automation)).toBeNull();
      expect(componentOfStep(null, automation)).toBeNull();
      expect(componentOfStep("ci_cd", automation)).toBeNull();
    }
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

  it("puts a step in the stage of the component it provides", () => {
    expect(stageOfStep("deployment")).toBe("MVP");
    expect(stageOfStep("testing")).toBe("PRODUCTIONIZATION");
    expect(stageOfStep("model_training")).toBe("EXPERIMENTAL");
    expect(stageOfStep("other")).toBe("EXPERIMENTAL");
  });
});

describe("isComponentId", () => {
  it("recognises component ids only", () => {
    expect(isComponentId("model_api")).toBe(true);
    expect(isComponentId("serving")).toBe(false);
    expect(isComponentId(null)).toBe(false);
    expect(isComponentId("toString")).toBe(false);
  });
});
