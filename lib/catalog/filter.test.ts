import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog";
import { filterCatalog } from "./filter";

describe("filterCatalog", () => {
  it("returns the whole catalog, in order, without filters", () => {
    expect(filterCatalog(CATALOG, {})).toEqual(CATALOG);
  });

  it("keeps only tools serving the component", () => {
    const tools = filterCatalog(CATALOG, { component: "load_testing" });
    expect(tools.map((t) => t.slug)).toEqual(["locust", "k6", "jmeter"]);
  });

  it("combines filters with AND", () => {
    const tools = filterCatalog(CATALOG, { component: "hosting", hosting: "gcp" });
    expect(tools.map((t) => t.slug)).toEqual(["vertex-ai", "cloud-run", "kubernetes", "gke"]);
    for (const tool of filterCatalog(CATALOG, { licence: "open_source", phase: "PROD" })) {
      expect(tool.licence.kind).toBe("open_source");
      expect(tool.phases).toContain("PROD");
    }
  });

  it("puts the tool a search names first, then others that mention it", () => {
    const slugs = filterCatalog(CATALOG, { q: "Terraform" }).map((t) => t.slug);
    expect(slugs[0]).toBe("terraform");
    expect(slugs).toContain("opentofu");
    expect(filterCatalog(CATALOG, { q: "gh actions" })[0]!.slug).toBe("github-actions");
  });

  it("needs every word of the search, in any field", () => {
    const tools = filterCatalog(CATALOG, { q: "drift monitoring" });
    expect(tools.map((t) => t.slug)).toContain("evidently");
    for (const tool of tools) expect(JSON.stringify(tool).toLowerCase()).toContain("drift");
    expect(filterCatalog(CATALOG, { q: "zzzz qqqq" })).toEqual([]);
  });

  it("finds by licence: BUSL names Terraform and Seldon Core", () => {
    expect(filterCatalog(CATALOG, { q: "busl" }).map((t) => t.slug)).toEqual(["seldon-core", "terraform"]);
  });
});
