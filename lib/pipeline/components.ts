import { isStepCategory, type StepCategoryId } from "../notebook/taxonomy";
import type { Automation, Phase, Stage } from "./types";

// The MLOps components a pipeline is built from, copied from the spec (shared/COMPONENTS.md)
// so the app never reads files outside its own tree. The notebook cell taxonomy is
// lib/notebook/taxonomy.ts; the palette that offers both is ./palette.ts.
// Ids are stored in the database: rename one only with a data migration.

export const COMPONENT_IDS = [
  "notebooks",
  "data_processing",
  "hyperparameter_tuning",
  "experiment_tracking",
  "data_versioning",
  "model_registry",
  "pipeline_orchestration",
  "data_validation",
  "feature_store",
  "model_api",
  "frontend",
  "testing",
  "containerization",
  "caching",
  "load_testing",
  "ci_cd",
  "hosting",
  "autoscaling",
  "infrastructure_as_code",
  "monitoring",
  "model_monitoring",
  "alerting",
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

type Component = { id: ComponentId; label: string; phase: Phase; stage: Stage; tools: string[] };

const EXP = "EXPERIMENTAL";
const MVP = "MVP";
const PRO = "PRODUCTIONIZATION";

export const COMPONENTS: readonly Component[] = [
  {
    id: "notebooks",
    label: "Experiment notebooks, shareable on a platform",
    phase: "ML",
    stage: EXP,
    tools: ["Jupyter", "Vertex AI Workbench", "SageMaker notebooks"],
  },
  {
    id: "data_processing",
    label: "Data ingestion and processing jobs",
    phase: "ML",
    stage: EXP,
    tools: ["pandas", "Spark", "dbt"],
  },
  {
    id: "hyperparameter_tuning",
    label: "Hyper-parameter search",
    phase: "ML",
    stage: MVP,
    tools: ["Optuna", "Ray Tune"],
  },
  {
    id: "experiment_tracking",
    label: "Experiment tracking and metadata",
    phase: "ML",
    stage: PRO,
    tools: ["MLflow", "Weights & Biases"],
  },
  { id: "data_versioning", label: "Dataset versioning", phase: "ML", stage: PRO, tools: ["DVC", "lakeFS"] },
  {
    id: "model_registry",
    label: "Model versioning and registry",
    phase: "ML",
    stage: PRO,
    tools: ["Vertex AI Model Registry", "MLflow Model Registry", "Kubeflow"],
  },
  {
    id: "pipeline_orchestration",
    label: "Training pipeline orchestration, continuous training",
    phase: "ML",
    stage: PRO,
    tools: ["Kubeflow Pipelines", "Airflow", "Prefect", "Dagster"],
  },
  { id: "data_validation", label: "Data validation", phase: "ML", stage: PRO, tools: ["Great Expectations", "TFDV"] },
  { id: "feature_store", label: "Feature store", phase: "ML", stage: PRO, tools: ["Feast", "Vertex AI Feature Store"] },
  { id: "model_api", label: "Model serving API", phase: "DEV", stage: MVP, tools: ["Flask", "FastAPI", "BentoML"] },
  { id: "frontend", label: "User-facing app", phase: "DEV", stage: MVP, tools: ["Streamlit", "Next.js"] },
  { id: "testing", label: "Unit and integration tests", phase: "DEV", stage: PRO, tools: ["pytest"] },
  { id: "containerization", label: "Containerised frontend and backend", phase: "DEV", stage: PRO, tools: ["Docker"] },
  { id: "caching", label: "Caching", phase: "DEV", stage: PRO, tools: ["Redis"] },
  { id: "load_testing", label: "Load tests", phase: "DEV", stage: PRO, tools: ["Locust", "k6"] },
  {
    id: "ci_cd",
    label: "CI/CD pipelines",
    phase: "DEV",
    stage: PRO,
    tools: ["GitHub Actions", "GitLab CI", "Jenkins"],
  },
  {
    id: "hosting",
    label: "Hosting and serving the model",
    phase: "PROD",
    stage: MVP,
    tools: ["Cloud Run", "Heroku", "Render"],
  },
  { id: "autoscaling", label: "Auto-scaling deployments", phase: "PROD", stage: PRO, tools: ["Kubernetes", "KServe"] },
  {
    id: "infrastructure_as_code",
    label: "GitOps for infrastructure",
    phase: "PROD",
    stage: PRO,
    tools: ["Helm", "Terraform", "OpenTofu", "Argo CD"],
  },
  {
    id: "monitoring",
    label: "Service monitoring and dashboards",
    phase: "PROD",
    stage: PRO,
    tools: ["Prometheus", "Grafana"],
  },
  {
    id: "model_monitoring",
    label: "Model quality and drift monitoring",
    phase: "PROD",
    stage: PRO,
    tools: ["Evidently"],
  },
  { id: "alerting", label: "Alerts", phase: "PROD", stage: PRO, tools: ["Sentry", "Slack"] },
];

// Where the spec offers two components, this is the manual one: a step drawn from
// a notebook is manual until the team says otherwise (see COMPONENTS.md's table).
const CATEGORY_COMPONENT: Record<StepCategoryId, ComponentId | null> = {
  setup: "data_processing",
  data_ingestion: "data_processing",
  data_exploration: "data_processing",
  data_preparation: "data_processing",
  feature_engineering: "data_processing",
  model_training: "notebooks",
  hyperparameter_tuning: "hyperparameter_tuning",
  model_evaluation: "notebooks",
  model_export: "notebooks",
  serving: "model_api",
  testing: "testing",
  deployment: "hosting",
  monitoring: "monitoring",
  other: null,
};

// COMPONENTS.md's "once automated" column: what the same step provides when it runs by itself.
// Evaluation and export count as logged and registered only when automated: the canvas has
// no field for "logged", and an automated step is one the pipeline runs, which is where
// logging and registration happen. PARTIAL stays with the manual component.
const AUTOMATED_CATEGORY_COMPONENT: Partial<Record<StepCategoryId, ComponentId>> = {
  model_training: "pipeline_orchestration",
  model_evaluation: "experiment_tracking",
  model_export: "model_registry",
};

const componentById = new Map(COMPONENTS.map((c) => [c.id, c]));

export function isComponentId(value: unknown): value is ComponentId {
  return typeof value === "string" && componentById.has(value as ComponentId);
}

export function getComponent(id: ComponentId): Component {
  const found = componentById.get(id);
  if (!found) throw new Error(`Unknown component ${id}`);
  return found;
}

/** The component a step of this cell category provides; null for `other` and unknown categories. */
export function componentForCategory(category: string): ComponentId | null {
  return componentOfStep(category, "MANUAL");
}

/**
 * The component a step node provides, from its cell category and how automated it is
 * (COMPONENTS.md's "From notebook cells to components"): the one place this mapping lives.
 */
export function componentOfStep(category: string | null, automation: Automation): ComponentId | null {
  if (!isStepCategory(category)) return null;
  if (automation === "AUTOMATED") return AUTOMATED_CATEGORY_COMPONENT[category] ?? CATEGORY_COMPONENT[category];
  return CATEGORY_COMPONENT[category];
}

/** A step belongs to the stage of the component it provides; a step that provides none is experimental. */
export function stageOfStep(category: StepCategoryId): Stage {
  const component = CATEGORY_COMPONENT[category];
  return component ? getComponent(component).stage : EXP;
}
