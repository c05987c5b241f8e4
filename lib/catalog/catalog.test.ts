import { describe, expect, it } from "vitest";
import { COMPONENT_IDS } from "../pipeline/components";
import { CATALOG, CATALOG_SLUGS, toolBySlug } from "./catalog";
import { ZCatalogTool } from "./schema";

// The catalog is data: these tests are its schema and its consistency rules.

const SEED_TOOLS = [
  "jupyter",
  "vertex-ai",
  "sagemaker",
  "flask",
  "docker",
  "redis",
  "locust",
  "kubernetes",
  "helm",
  "terraform",
  "kubeflow",
  "dvc",
  "grafana",
  "sentry",
  "slack",
  "airflow",
  "github-actions",
];

const SOURCE_AVAILABLE_NAMES = /\b(BSL|BUSL|SSPL|FSL|RSAL|ELv2|Elastic License)/i;

describe("the tool catalog", () => {
  it("has at least 60 tools, each valid against ZCatalogTool", () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(60);
    for (const tool of CATALOG) {
      const parsed = ZCatalogTool.safeParse(tool);
      expect(parsed.success, `${tool.slug}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("has unique slugs and unique names", () => {
    expect(new Set(CATALOG_SLUGS).size).toBe(CATALOG.length);
    expect(new Set(CATALOG.map((t) => t.name.toLowerCase())).size).toBe(CATALOG.length);
  });

  it("gives one aptness per component, and lists no component twice", () => {
    for (const tool of CATALOG) {
      expect(tool.aptness, tool.slug).toHaveLength(tool.components.length);
      expect(new Set(tool.components).size, tool.slug).toBe(tool.components.length);
    }
  });

  it("serves every component with at least two tools", () => {
    for (const id of COMPONENT_IDS) {
      const serving = CATALOG.filter((t) => t.components.includes(id));
      expect(serving.length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it("includes every tool the seed names", () => {
    for (const slug of SEED_TOOLS) expect(toolBySlug(slug), slug).toBeDefined();
  });

  it("names open alternatives that exist and are open source", () => {
    for (const tool of CATALOG) {
      const alt = tool.licence.openAlternative;
      if (alt === null) continue;
      expect(alt, tool.slug).not.toBe(tool.slug);
      expect(toolBySlug(alt)?.licence.kind, `${tool.slug} → ${alt}`).toBe("open_source");
    }
  });

  it("gives every source-available tool an open alternative or a note saying why not", () => {
    for (const tool of CATALOG.filter((t) => t.licence.kind === "source_available")) {
      expect(tool.licence.openAlternative !== null || Boolean(tool.licence.note), tool.slug).toBe(true);
    }
  });

  it("flags source-available licence names as source_available", () => {
    for (const tool of CATALOG) {
      if (SOURCE_AVAILABLE_NAMES.test(tool.licence.name) && tool.licence.kind !== "service") {
        expect(tool.licence.kind, tool.slug).toBe("source_available");
      }
    }
  });

  it("links every homepage over https", () => {
    for (const tool of CATALOG) expect(new URL(tool.homepage).protocol, tool.slug).toBe("https:");
  });

  it("never lists a tool's own components among its prerequisites", () => {
    for (const tool of CATALOG) {
      for (const pre of tool.prerequisites) expect(tool.components, tool.slug).not.toContain(pre);
    }
  });

  it("shares each family among tools that exist", () => {
    const families = new Map<string, string[]>();
    for (const tool of CATALOG) {
      if (tool.family) families.set(tool.family, [...(families.get(tool.family) ?? []), tool.slug]);
    }
    for (const [family, slugs] of families) expect(slugs.length, family).toBeGreaterThanOrEqual(2);
  });

  it("states hosted services as services, with managed or cloud hosting only", () => {
    for (const tool of CATALOG.filter((t) => t.licence.kind === "service")) {
      expect(tool.hosting, tool.slug).not.toContain("self_hosted");
    }
  });
});
