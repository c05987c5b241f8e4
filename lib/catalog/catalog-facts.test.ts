import { describe, expect, it } from "vitest";
import { CATALOG, toolBySlug } from "./catalog";
import type { TCatalogTool } from "./schema";

// The licence facts that are easy to get wrong (shared TOOL-FACTS.md, restated here so the
// test does not read outside the repo). A change to one of these is a change of fact: check
// the project's LICENSE file or announcement first.

function tool(slug: string): TCatalogTool {
  const found = toolBySlug(slug);
  if (!found) throw new Error(`${slug} is not in the catalog`);
  return found;
}

describe("catalog licence facts", () => {
  it("Terraform: BUSL-1.1 since v1.6 (Aug 2023), OpenTofu (MPL-2.0) the open alternative", () => {
    const terraform = tool("terraform");
    expect(terraform.licence).toMatchObject({ kind: "source_available", openAlternative: "opentofu" });
    expect(terraform.licence.name).toMatch(/BUSL-1\.1|BSL 1\.1/);
    expect(terraform.licence.note).toMatch(/v1\.6/);
    expect(terraform.licence.note).toMatch(/August 2023|Aug 2023/);
    expect(tool("opentofu").licence).toMatchObject({ kind: "open_source", name: "MPL-2.0" });
    expect(tool("opentofu").family).toBe(terraform.family);
  });

  it("Redis: RSALv2/SSPLv1 for 7.4–7.x, AGPLv3 added from 8.0, Valkey (BSD-3) the open alternative", () => {
    const redis = tool("redis");
    expect(redis.licence).toMatchObject({ kind: "source_available", openAlternative: "valkey" });
    expect(redis.licence.name).toMatch(/RSALv2 or SSPLv1 \(7\.4–7\.x\)/);
    expect(redis.licence.name).toMatch(/RSALv2, SSPLv1 or AGPLv3 \(8\.0\+\)/);
    expect(tool("valkey").licence).toMatchObject({ kind: "open_source", name: "BSD-3-Clause" });
    expect(tool("valkey").family).toBe(redis.family);
  });

  it("Seldon Core: BSL 1.1 from v1.18 and v2.7, KServe the open alternative, MLServer Apache-2.0", () => {
    const seldon = tool("seldon-core");
    expect(seldon.licence).toMatchObject({ kind: "source_available", name: "BUSL-1.1", openAlternative: "kserve" });
    expect(seldon.licence.note).toMatch(/v1\.18/);
    expect(seldon.licence.note).toMatch(/v2\.7/);
    expect(seldon.licence.note).toMatch(/MLServer/);
    expect(tool("kserve").licence.name).toBe("Apache-2.0");
    expect(tool("mlserver").licence.name).toBe("Apache-2.0");
  });

  it("Sentry self-hosted: FSL-1.1-Apache-2.0, GlitchTip named with its licence marked unverified", () => {
    const sentry = tool("sentry");
    expect(sentry.licence.kind).toBe("source_available");
    expect(sentry.licence.name).toMatch(/FSL-1\.1-Apache-2\.0/);
    expect(sentry.licence.openAlternative).toBe("glitchtip");
    expect(tool("glitchtip").uncertain).toMatch(/licen/i);
  });

  it("Grafana: AGPL-3.0, open source with the AGPL caveat", () => {
    const grafana = tool("grafana");
    expect(grafana.licence).toMatchObject({ kind: "open_source", name: "AGPL-3.0" });
    expect(grafana.licence.note).toMatch(/forbid AGPL/);
  });

  it("k6: AGPL-3.0 with Locust (MIT) named", () => {
    expect(tool("k6").licence).toMatchObject({ kind: "open_source", name: "AGPL-3.0", openAlternative: "locust" });
    expect(tool("locust").licence.name).toBe("MIT");
  });

  it("ClearML: SSPL-1.0 server, Apache-2.0 SDK", () => {
    const clearml = tool("clearml");
    expect(clearml.licence.kind).toBe("source_available");
    expect(clearml.licence.name).toMatch(/SSPL-1\.0 \(server\)/);
    expect(clearml.licence.name).toMatch(/Apache-2\.0 \(SDK\)/);
  });

  it("has no Neptune (its hosted service shut down in March 2026)", () => {
    expect(CATALOG.some((t) => /neptune/i.test(`${t.slug} ${t.name} ${t.aliases.join(" ")}`))).toBe(false);
  });

  it("Weights & Biases: a hosted service, client MIT, self-managed needs a licence key", () => {
    const wandb = tool("weights-and-biases");
    expect(wandb.licence.kind).toBe("service");
    expect(wandb.licence.name).toMatch(/client library MIT/);
    expect(wandb.licence.note).toMatch(/licence key/);
  });

  it("hosted services are services", () => {
    const hosted = ["github-actions", "vertex-ai", "sagemaker", "azure-machine-learning", "cloud-run", "heroku"];
    for (const slug of [...hosted, "render", "slack", "pagerduty"])
      expect(tool(slug).licence.kind, slug).toBe("service");
    expect(tool("github-actions").licence.name).toMatch(/runner MIT/);
  });

  it("GitLab CI: Community Edition MIT, Enterprise Edition proprietary", () => {
    const gitlab = tool("gitlab-ci");
    expect(gitlab.licence.name).toMatch(/MIT \(Community Edition\)/);
    expect(gitlab.licence.note).toMatch(/Enterprise Edition is proprietary/);
  });

  it("the open-source reference list agrees", () => {
    const apache = ["mlflow", "dvc", "lakefs", "dagster", "evidently", "feast", "bentoml", "kserve"];
    const apache2 = ["great-expectations", "metaflow", "argo-cd", "argo-workflows", "flux", "helm", "pulumi"];
    const apache3 = ["prometheus", "gradio", "streamlit", "kubeflow-pipelines", "airflow", "prefect", "zenml"];
    for (const slug of [...apache, ...apache2, ...apache3]) expect(tool(slug).licence.name, slug).toBe("Apache-2.0");
    for (const slug of ["locust", "optuna", "fastapi", "jenkins"]) expect(tool(slug).licence.name, slug).toBe("MIT");
    for (const slug of ["flask", "valkey"]) expect(tool(slug).licence.name, slug).toBe("BSD-3-Clause");
  });
});
