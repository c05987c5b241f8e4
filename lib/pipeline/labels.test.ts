import { describe, expect, it } from "vitest";
import { nodeCategoryLabel } from "./labels";

describe("nodeCategoryLabel", () => {
  it("names categories by kind", () => {
    expect(nodeCategoryLabel("component", "caching")).toBe("Caching");
    expect(nodeCategoryLabel("step", "data_ingestion")).toBe("Data ingestion");
    expect(nodeCategoryLabel("data", null)).toBe("Data set / artifact");
    expect(nodeCategoryLabel("external", null)).toBe("External system");
    expect(nodeCategoryLabel("component", "future_thing")).toBe("future_thing");
    expect(nodeCategoryLabel("step", null)).toBe("step");
  });
});
