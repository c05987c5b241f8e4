import { COMPONENTS, type ComponentId } from "../pipeline/components";
import type { Hosting, LicenceKind } from "./schema";

// On-screen names for the catalog's vocabularies (the page, tool cards, the compare table).

export const HOSTING_LABELS: Record<Hosting, string> = {
  self_hosted: "Self-hosted",
  managed_saas: "Managed SaaS",
  gcp: "Google Cloud",
  aws: "AWS",
  azure: "Azure",
};

export const LICENCE_KIND_LABELS: Record<LicenceKind, string> = {
  open_source: "Open source",
  source_available: "Source-available",
  proprietary: "Proprietary",
  service: "Hosted service",
};

/** Short component names for badges; COMPONENTS' labels are sentences. */
export const COMPONENT_SHORT_LABELS: Record<ComponentId, string> = {
  notebooks: "Notebooks",
  data_processing: "Data processing",
  hyperparameter_tuning: "Hyper-parameter tuning",
  experiment_tracking: "Experiment tracking",
  data_versioning: "Data versioning",
  model_registry: "Model registry",
  pipeline_orchestration: "Pipeline orchestration",
  data_validation: "Data validation",
  feature_store: "Feature store",
  model_api: "Model API",
  frontend: "Frontend",
  testing: "Testing",
  containerization: "Containers",
  caching: "Caching",
  load_testing: "Load testing",
  ci_cd: "CI/CD",
  hosting: "Hosting",
  autoscaling: "Autoscaling",
  infrastructure_as_code: "Infrastructure as code",
  monitoring: "Monitoring",
  model_monitoring: "Model monitoring",
  alerting: "Alerting",
};

export function componentLabel(id: ComponentId): string {
  return COMPONENT_SHORT_LABELS[id];
}

/** The long label, for a tooltip or the compare table. */
export function componentTitle(id: ComponentId): string {
  return COMPONENTS.find((c) => c.id === id)?.label ?? id;
}

export const COMPLEXITY_LABELS: Record<number, string> = {
  1: "an afternoon for one person",
  2: "a few days",
  3: "a few weeks",
  4: "a project for several people",
  5: "a platform team's project",
};
