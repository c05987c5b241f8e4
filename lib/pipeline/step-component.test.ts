import { describe, expect, it } from "vitest";
import { componentOfNode, componentOfStep } from "./step-component";

describe("componentOfStep", () => {
  it("follows the COMPONENTS.md table for manual steps", () => {
    expect(componentOfStep("setup", "MANUAL")).toBe("data_processing");
    expect(componentOfStep("feature_engineering", "MANUAL")).toBe("data_processing");
    expect(componentOfStep("model_training", "MANUAL")).toBe("notebooks");
    expect(componentOfStep("hyperparameter_tuning", "MANUAL")).toBe("hyperparameter_tuning");
    expect(componentOfStep("model_evaluation", "MANUAL")).toBe("notebooks");
    expect(componentOfStep("model_export", "PARTIAL")).toBe("notebooks");
    expect(componentOfStep("serving", "MANUAL")).toBe("model_api");
    expect(componentOfStep("testing", "MANUAL")).toBe("testing");
    expect(componentOfStep("deployment", "MANUAL")).toBe("hosting");
    expect(componentOfStep("monitoring", "MANUAL")).toBe("monitoring");
    expect(componentOfStep("other", "MANUAL")).toBeNull();
    expect(componentOfStep("no_such_category", "MANUAL")).toBeNull();
  });

  it("reads an automated training step as a training pipeline", () => {
    expect(componentOfStep("model_training", "AUTOMATED")).toBe("pipeline_orchestration");
    expect(componentOfStep("model_training", "PARTIAL")).toBe("notebooks");
    expect(componentOfStep("serving", "AUTOMATED")).toBe("model_api");
  });
});

describe("componentOfNode", () => {
  it("takes a component node's category, maps steps and ignores data and external nodes", () => {
    expect(componentOfNode({ kind: "component", category: "caching", automation: "MANUAL" })).toBe("caching");
    expect(componentOfNode({ kind: "component", category: "nope", automation: "MANUAL" })).toBeNull();
    expect(componentOfNode({ kind: "step", category: "serving", automation: "MANUAL" })).toBe("model_api");
    expect(componentOfNode({ kind: "step", category: null, automation: "MANUAL" })).toBeNull();
    expect(componentOfNode({ kind: "data", category: null, automation: "AUTOMATED" })).toBeNull();
    expect(componentOfNode({ kind: "external", category: null, automation: "MANUAL" })).toBeNull();
  });
});
