import { describe, expect, it } from "vitest";
import { roadmapFileName } from "./file-name";

describe("roadmapFileName", () => {
  it("is roadmap-<slug>-<date>.<ext>, plain ASCII", () => {
    expect(roadmapFileName("Churn Modèl / v2", "2026-12-02", "md")).toBe("roadmap-churn-model-v2-2026-12-02.md");
    expect(roadmapFileName("日本語", "2026-12-02", "csv")).toBe("roadmap-project-2026-12-02.csv");
    expect(roadmapFileName(`${"a".repeat(59)} b`, "2026-12-02", "json")).toBe(
      `roadmap-${"a".repeat(59)}-2026-12-02.json`,
    );
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => roadmapFileName("x", "2026-12-02T10:00", "md")).toThrow();
  });
});
