import { describe, expect, it } from "vitest";
import { ANA, item, SMALL_ROADMAP } from "./fixtures/roadmap-fixtures";
import { ROADMAP_JSON_FORMAT, roadmapJson } from "./json-export";

describe("roadmapJson", () => {
  it("has format and version first, items in board order with the same keys each", () => {
    const doc = JSON.parse(roadmapJson(SMALL_ROADMAP));
    expect(Object.keys(doc)).toEqual(["format", "version", "project", "exportedOn", "items"]);
    expect(doc).toMatchObject({
      format: ROADMAP_JSON_FORMAT,
      version: 1,
      project: "Churn model",
      exportedOn: "2026-12-02",
    });
    expect(doc.items.map((i: { id: string }) => i.id)).toEqual(["i1", "i2", "i3"]);
    const keys = doc.items.map((i: object) => Object.keys(i).join(","));
    expect(new Set(keys).size).toBe(1);
    expect(doc.items[0]).toMatchObject({
      owner: { name: ANA.name, email: ANA.email },
      tool: { slug: "mlflow", name: "MLflow" },
    });
  });

  it("is the same for the same data in any order, and keeps any text as it is", () => {
    const reversed = { ...SMALL_ROADMAP, items: [...SMALL_ROADMAP.items].reverse() };
    expect(roadmapJson(reversed)).toBe(roadmapJson(SMALL_ROADMAP));
    const title = '</script><script>"x"\u2028';
    const doc = JSON.parse(roadmapJson({ ...SMALL_ROADMAP, items: [item({ id: "x", title })] }));
    expect(doc.items[0].title).toBe(title);
  });
});
