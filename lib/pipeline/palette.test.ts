import { describe, expect, it } from "vitest";
import { PALETTE_ITEMS, searchPalette } from "./palette";

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
    expect(searchPalette("zzz").map((g) => [g.phase, g.items.length])).toEqual([
      ["ML", 0],
      ["DEV", 0],
      ["PROD", 0],
    ]);
  });
});
