import { describe, expect, it } from "vitest";
import { defaultPlacement, priorityLabel } from "./stage-rules";

describe("defaultPlacement", () => {
  it("takes the component's stage and phase first, then the node's, else Experimental", () => {
    expect(defaultPlacement({ componentId: "model_registry", node: { phase: "DEV", stage: "MVP" } })).toEqual({
      stage: "PRODUCTIONIZATION",
      phase: "ML",
    });
    expect(defaultPlacement({ componentId: "hosting" })).toEqual({ stage: "MVP", phase: "PROD" });
    expect(defaultPlacement({ node: { phase: "DEV", stage: "MVP" } })).toEqual({ stage: "MVP", phase: "DEV" });
    expect(defaultPlacement({})).toEqual({ stage: "EXPERIMENTAL", phase: null });
  });
});

describe("priorityLabel", () => {
  it("uses the pipeline's priority labels", () => {
    expect(priorityLabel("P0")).toBe("P0 · now");
    expect(priorityLabel(null)).toBe("No priority");
  });
});
