import { describe, expect, it } from "vitest";
import { automateNodeItem, automatedComponentOf, roadmapItemOfNode } from "./automate-node";

const step = {
  id: "n_train",
  kind: "step" as const,
  category: "model_training",
  title: "Train the model",
  phase: "ML" as const,
  stage: "EXPERIMENTAL" as const,
};

describe("automateNodeItem", () => {
  it("proposes 'Automate <title>' linked to the step, in its lane and stage", () => {
    const item = automateNodeItem(step);
    expect(item).toMatchObject({
      title: "Automate Train the model",
      phase: "ML",
      stage: "EXPERIMENTAL",
      nodeIds: ["n_train"],
      source: "pipeline",
      sourceKey: "node:n_train",
    });
    expect(item.doneWhen).toContain('"Train the model"');
  });

  it("names the component the step provides once automated", () => {
    expect(automatedComponentOf(step)).toBe("pipeline_orchestration");
    expect(automateNodeItem(step).componentId).toBe("pipeline_orchestration");
    expect(automatedComponentOf({ kind: "step", category: "data_preparation" })).toBe("data_processing");
    expect(automatedComponentOf({ kind: "step", category: "other" })).toBeNull();
  });

  it("takes a component node's own component", () => {
    expect(automatedComponentOf({ kind: "component", category: "model_registry" })).toBe("model_registry");
    expect(automatedComponentOf({ kind: "component", category: "not-a-component" })).toBeNull();
  });
});

describe("roadmapItemOfNode", () => {
  const made = { id: "a", title: "Automate x", sourceKey: "node:n1", nodeIds: ["n1"] };
  const linking = {
    id: "b",
    title: "Track experiments",
    sourceKey: "experiment_tracking:mlflow",
    nodeIds: ["n1", "n2"],
  };

  it("prefers the item made from the step", () => {
    expect(roadmapItemOfNode([linking, made], "n1")).toBe(made);
  });

  it("finds an item that links the step otherwise", () => {
    expect(roadmapItemOfNode([made, linking], "n2")).toBe(linking);
  });

  it("answers undefined for a step not on the roadmap", () => {
    expect(roadmapItemOfNode([made, linking], "n3")).toBeUndefined();
  });
});
