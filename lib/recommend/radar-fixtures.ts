import type { TCatalogTool } from "../catalog/schema";
import type { ComponentId } from "../pipeline/components";

// A small catalog for the radar's tests, so they do not move with the real catalog's data.

function tool(slug: string, name: string, components: ComponentId[], extra: Partial<TCatalogTool> = {}): TCatalogTool {
  return {
    slug,
    name,
    components,
    aptness: components.map(() => 3),
    phases: ["DEV"],
    languages: ["python"],
    hosting: ["self_hosted"],
    licence: { kind: "open_source", name: "Apache-2.0", openAlternative: null },
    complexity: 2,
    maturityLevels: [0, 1],
    homepage: `https://example.org/${slug}`,
    prerequisites: [],
    aliases: [],
    description: `${name}, a tool for the radar's tests.`,
    ...extra,
  };
}

export const RADAR_CATALOG: TCatalogTool[] = [
  tool("terraform", "Terraform", ["infrastructure_as_code"], {
    licence: { kind: "source_available", name: "BUSL-1.1", openAlternative: "opentofu" },
  }),
  tool("opentofu", "OpenTofu", ["infrastructure_as_code"], {
    licence: { kind: "open_source", name: "MPL-2.0", openAlternative: null },
  }),
  tool("github-actions", "GitHub Actions", ["ci_cd"], {
    licence: { kind: "service", name: "GitHub terms", openAlternative: null },
  }),
  tool("fastapi", "FastAPI", ["model_api"]),
  tool("docker", "Docker", ["containerization"]),
  tool("mlflow", "MLflow", ["experiment_tracking", "model_registry"]),
  tool("dvc", "DVC", ["data_versioning"]),
  tool("grafana", "Grafana", ["monitoring"], {
    licence: { kind: "open_source", name: "AGPL-3.0", openAlternative: null },
  }),
  tool("cloud-run", "Cloud Run", ["hosting"], { hosting: ["gcp"] }),
];
