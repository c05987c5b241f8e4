import { describe, expect, it } from "vitest";
import { item } from "./fixtures/roadmap-fixtures";
import { automationShare, doneRecently, maturityTrend, roadmapProgress } from "./progress";

describe("roadmapProgress", () => {
  it("counts done per stage (every stage listed) and overall, percent rounded down", () => {
    const items = [
      item({ id: "a", status: "DONE" }),
      item({ id: "b", status: "IN_PROGRESS" }),
      item({ id: "c" }),
      item({ id: "d", stage: "MVP", status: "DONE" }),
    ];
    expect(roadmapProgress(items)).toEqual({
      stages: [
        { stage: "EXPERIMENTAL", done: 1, total: 3, percent: 33 },
        { stage: "MVP", done: 1, total: 1, percent: 100 },
        { stage: "PRODUCTIONIZATION", done: 0, total: 0, percent: 0 },
      ],
      overall: { done: 2, total: 4, percent: 50 },
    });
  });

  it("never shows 100% before the last item is done", () => {
    const items = Array.from({ length: 300 }, (_, i) => item({ id: `i${i}`, status: i === 0 ? "TODO" : "DONE" }));
    expect(roadmapProgress(items).overall.percent).toBe(99);
  });
});

describe("doneRecently", () => {
  const now = new Date("2026-12-02T12:00:00.000Z");
  it("keeps DONE items of the last 14 days, newest first", () => {
    const items = [
      item({ id: "old", status: "DONE", doneAt: "2026-11-17T11:59:59.000Z" }),
      item({ id: "edge", status: "DONE", doneAt: "2026-11-18T12:00:00.000Z" }),
      item({ id: "new", status: "DONE", doneAt: "2026-12-01T08:00:00.000Z" }),
      item({ id: "reopened", status: "TODO", doneAt: "2026-12-01T09:00:00.000Z" }),
      item({ id: "never", status: "DONE", doneAt: null }),
    ];
    expect(doneRecently(items, now).map((i) => i.id)).toEqual(["new", "edge"]);
    expect(doneRecently(items, now, 2).map((i) => i.id)).toEqual(["new"]);
  });
});

describe("automationShare", () => {
  it("counts steps and components, a PARTIAL one as half; data and external nodes not at all", () => {
    type Kind = "step" | "component" | "data" | "external";
    const n = (kind: Kind, automation: "MANUAL" | "PARTIAL" | "AUTOMATED") => ({ kind, automation });
    expect(
      automationShare([
        n("step", "AUTOMATED"),
        n("step", "PARTIAL"),
        n("step", "MANUAL"),
        n("component", "AUTOMATED"),
        n("data", "AUTOMATED"),
        n("external", "MANUAL"),
      ]),
    ).toEqual({ steps: 4, automated: 2, partial: 1, share: 0.625, percent: 62 });
    expect(automationShare([])).toEqual({ steps: 0, automated: 0, partial: 0, share: 0, percent: 0 });
  });
});

describe("maturityTrend", () => {
  it("goes from the first to the latest submitted assessment", () => {
    const dims = (a: 0 | 1 | 2, b: 0 | 1 | 2) => [
      { id: "serving" as const, label: "Serving", level: a },
      { id: "monitoring" as const, label: "Monitoring", level: b },
    ];
    const trend = maturityTrend([
      { submittedAt: "2026-11-20T00:00:00.000Z", googleLevel: 1, dimensions: dims(2, 1) },
      { submittedAt: "2026-10-01T00:00:00.000Z", googleLevel: 0, dimensions: dims(0, 1) },
      { submittedAt: "2026-11-01T00:00:00.000Z", googleLevel: 0, dimensions: dims(1, 1) },
    ]);
    expect(trend?.points.map((p) => [p.submittedAt.slice(0, 10), p.googleLevel, p.averageLevel])).toEqual([
      ["2026-10-01", 0, 0.5],
      ["2026-11-01", 0, 1],
      ["2026-11-20", 1, 1.5],
    ]);
    expect(trend).toMatchObject({ googleDelta: 1, averageDelta: 1 });
    expect(maturityTrend([])).toBeNull();
  });
});
