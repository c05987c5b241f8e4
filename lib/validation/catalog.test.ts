import { describe, expect, it } from "vitest";
import { catalogFilterFromParams, catalogQueryInput, ZCatalogQuery } from "./catalog";

describe("catalog query", () => {
  it("keeps valid filters from the page address and names the ones it drops", () => {
    expect(
      catalogFilterFromParams({ component: "ci_cd", q: "terraform", phase: "nope", licence: ["a", "b"], x: "1" }),
    ).toEqual({ filter: { component: "ci_cd", q: "terraform" }, ignored: ["phase", "licence"] });
    expect(catalogFilterFromParams({ component: "" })).toEqual({ filter: {}, ignored: [] });
  });

  it("reads a query string, keeping a repeated parameter as an array that the schema refuses", () => {
    const input = catalogQueryInput(new URLSearchParams("component=ci_cd&component=testing&q=x"));
    expect(input).toEqual({ component: ["ci_cd", "testing"], q: "x" });
    expect(ZCatalogQuery.safeParse(input).success).toBe(false);
  });

  it("names an unknown filter", () => {
    const result = ZCatalogQuery.safeParse({ compnent: "ci_cd" });
    expect(result.error?.issues[0]?.message).toBe("Unknown filter: compnent.");
  });
});
