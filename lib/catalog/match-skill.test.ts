import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog";
import { matchCatalogTool } from "./match-skill";
import { normaliseToolName } from "./normalise";

describe("matchCatalogTool", () => {
  it.each([
    ["GitHub Actions", "github-actions"],
    ["github actions", "github-actions"],
    ["github-actions", "github-actions"],
    ["GH Actions", "github-actions"],
    ["k8s", "kubernetes"],
    ["K8S ", "kubernetes"],
    ["Kubernetes", "kubernetes"],
    ["Terraform", "terraform"],
    ["tofu", "opentofu"],
    ["wandb", "weights-and-biases"],
    ["Weights & Biases", "weights-and-biases"],
    ["PySpark", "spark"],
    ["Apache Airflow", "airflow"],
    ["scikit", undefined],
    ["Next.js", "nextjs"],
    ["sentry.io", "sentry"],
    ["Vertex AI", "vertex-ai"],
    ["vertex_ai", "vertex-ai"],
  ])("matches %j to %s", (text, slug) => {
    expect(matchCatalogTool(text)?.slug).toBe(slug);
  });

  it("matches every tool by its own name and slug", () => {
    for (const tool of CATALOG) {
      expect(matchCatalogTool(tool.name)?.slug, tool.name).toBe(tool.slug);
      expect(matchCatalogTool(tool.slug.toUpperCase())?.slug, tool.slug).toBe(tool.slug);
    }
  });

  it("matches aliases to their tool, with no alias naming two tools", () => {
    for (const tool of CATALOG) {
      for (const alias of tool.aliases) expect(matchCatalogTool(alias)?.slug, alias).toBe(tool.slug);
    }
  });

  it("does not guess: languages, partial names and empty text match nothing", () => {
    for (const text of ["python", "SQL", "terraform modules", "kube flow pipelines and more", "", "  ", "tf", "ML"]) {
      expect(matchCatalogTool(text), text).toBeUndefined();
    }
  });

  it("normalises case, separators and trailing dots", () => {
    expect(normaliseToolName("  GitHub-Actions. ")).toBe("github actions");
    expect(normaliseToolName("Vertex_AI")).toBe("vertex ai");
  });
});
