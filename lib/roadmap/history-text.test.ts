import { describe, expect, it } from "vitest";
import { actionText, fieldLabel, valueText } from "./history-text";

const names = (id: string) => ({ m1: "Ada Lovelace" })[id];

describe("history in words", () => {
  it("names actions and fields", () => {
    expect(actionText("roadmap_item.created")).toBe("created the item");
    expect(actionText("roadmap_item.something_new")).toBe("something_new");
    expect(fieldLabel("doneWhen")).toBe("Done when");
    expect(fieldLabel("unknown")).toBe("unknown");
  });

  it("turns stored values into names", () => {
    expect(valueText("ownerId", "m1", names)).toBe("Ada Lovelace");
    expect(valueText("ownerId", "gone", names)).toBe("a former member");
    expect(valueText("ownerId", null, names)).toBe("Unassigned");
    expect(valueText("priority", null, names)).toBe("none");
    expect(valueText("stage", "PRODUCTIONIZATION", names)).toBe("Productionization");
    expect(valueText("status", "IN_PROGRESS", names)).toBe("In progress");
    expect(valueText("toolSlug", "mlflow", names)).toBe("MLflow");
    expect(valueText("componentId", "model_api", names)).toBe("Model serving API");
    expect(valueText("nodeIds", ["a", "b"], names)).toBe("2 steps");
    expect(valueText("title", "x".repeat(100), names)).toHaveLength(80);
  });
});
