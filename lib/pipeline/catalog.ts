import { PHASES, type NodeKind, type Phase, type Stage } from "./types";

// Our product's vocabulary, copied from the spec (shared/COMPONENTS.md and
// shared/corpus/TAXONOMY.md) so the app never reads files outside its own tree.
// Ids are stored in the database: rename one only with a data migration.

export const COMPONENT_IDS = [
  "notebooks", "data_processing", "hyperparameter_tuning", "experiment_tracking", "data_versioning",
  "model_registry", "pipeline_orchestration", "data_validation", "feature_store",
  "model_api", "frontend", "testing", "containerization", "caching", "load_testing", "ci_cd",
  "hosting", "autoscaling", "infrastructure_as_code", "monitoring", "model_monitoring", "alerting",
] as const;
export type ComponentId = (typeof COMPONENT_IDS)[number];

export type Component = { id: ComponentId; label: string; phase: Phase; stage: Stage; tools: string[] };

const EXP = "EXPERIMENTAL";
const MVP = "MVP";
const PRO = "PRODUCTIONIZATION";

export const COMPONENTS: readonly Component[] = [
  { id: "notebooks", label: "Experiment notebooks, shareable on a platform", phase: "ML", stage: EXP, tools: ["Jupyter", "Vertex AI Workbench", "SageMaker notebooks"] },
  { id: "data_processing", label: "Data ingestion and processing jobs", phase: "ML", stage: EXP, tools: ["pandas", "Spark", "dbt"] },
  { id: "hyperparameter_tuning", label: "Hyper-parameter search", phase: "ML", stage: MVP, tools: ["Optuna", "Ray Tune"] },
  { id: "experiment_tracking", label: "Experiment tracking and metadata", phase: "ML", stage: PRO, tools: ["MLflow", "Weights & Biases"] },
  { id: "data_versioning", label: "Dataset versioning", phase: "ML", stage: PRO, tools: ["DVC", "lakeFS"] },
  { id: "model_registry", label: "Model versioning and registry", phase: "ML", stage: PRO, tools: ["Vertex AI Model Registry", "MLflow Model Registry", "Kubeflow"] },
  { id: "pipeline_orchestration", label: "Training pipeline orchestration, continuous training", phase: "ML", stage: PRO, tools: ["Kubeflow Pipelines", "Airflow", "Prefect", "Dagster"] },
  { id: "data_validation", label: "Data validation", phase: "ML", stage: PRO, tools: ["Great Expectations", "TFDV"] },
  { id: "feature_store", label: "Feature store", phase: "ML", stage: PRO, tools: ["Feast", "Vertex AI Feature Store"] },
  { id: "model_api", label: "Model serving API", phase: "DEV", stage: MVP, tools: ["Flask", "FastAPI", "BentoML"] },
  { id: "frontend", label: "User-facing app", phase: "DEV", stage: MVP, tools: ["Streamlit", "Next.js"] },
  { id: "testing", label: "Unit and integration tests", phase: "DEV", stage: PRO, tools: ["pytest"] },
  { id: "containerization", label: "Containerised frontend and backend", phase: "DEV", stage: PRO, tools: ["Docker"] },
  { id: "caching", label: "Caching", phase: "DEV", stage: PRO, tools: ["Redis"] },
  { id: "load_testing", label: "Load tests", phase: "DEV", stage: PRO, tools: ["Locust", "k6"] },
  { id: "ci_cd", label: "CI/CD pipelines", phase: "DEV", stage: PRO, tools: ["GitHub Actions", "GitLab CI", "Jenkins"] },
  { id: "hosting", label: "Hosting and serving the model", phase: "PROD", stage: MVP, tools: ["Cloud Run", "Heroku", "Render"] },
  { id: "autoscaling", label: "Auto-scaling deployments", phase: "PROD", stage: PRO, tools: ["Kubernetes", "KServe"] },
  { id: "infrastructure_as_code", label: "GitOps for infrastructure", phase: "PROD", stage: PRO, tools: ["Helm", "Terraform", "OpenTofu", "Argo CD"] },
  { id: "monitoring", label: "Service monitoring and dashboards", phase: "PROD", stage: PRO, tools: ["Prometheus", "Grafana"] },
  { id: "model_monitoring", label: "Model quality and drift monitoring", phase: "PROD", stage: PRO, tools: ["Evidently"] },
  { id: "alerting", label: "Alerts", phase: "PROD", stage: PRO, tools: ["Sentry", "Slack"] },
];

/** The code-cell categories of the notebook taxonomy; `documentation` cells never become steps. */
export const STEP_CATEGORY_IDS = [
  "setup", "data_ingestion", "data_exploration", "data_preparation", "feature_engineering",
  "model_training", "hyperparameter_tuning", "model_evaluation", "model_export",
  "serving", "testing", "deployment", "monitoring", "other",
] as const;
export type StepCategoryId = (typeof STEP_CATEGORY_IDS)[number];

export type StepCategory = { id: StepCategoryId; label: string; description: string; defaultPhase: Phase };

export const STEP_CATEGORIES: readonly StepCategory[] = [
  { id: "setup", label: "Setup", description: "Imports libraries, installs packages, sets config, seeds, constants, paths", defaultPhase: "ML" },
  { id: "data_ingestion", label: "Data ingestion", description: "Loads raw data from files, databases, APIs, downloads", defaultPhase: "ML" },
  { id: "data_exploration", label: "Data exploration", description: "Inspects or visualises data to understand it", defaultPhase: "ML" },
  { id: "data_preparation", label: "Data preparation", description: "Cleans and transforms data for modelling", defaultPhase: "ML" },
  { id: "feature_engineering", label: "Feature engineering", description: "Creates or selects features", defaultPhase: "ML" },
  { id: "model_training", label: "Model training", description: "Defines and fits models", defaultPhase: "ML" },
  { id: "hyperparameter_tuning", label: "Hyper-parameter tuning", description: "Searches hyper-parameters", defaultPhase: "ML" },
  { id: "model_evaluation", label: "Model evaluation", description: "Measures and inspects model quality", defaultPhase: "ML" },
  { id: "model_export", label: "Model export", description: "Saves, serialises, registers or logs models and artifacts", defaultPhase: "ML" },
  { id: "serving", label: "Serving", description: "Exposes a model to others: an API, an app, a batch scoring job", defaultPhase: "DEV" },
  { id: "testing", label: "Testing", description: "Checks code or data with assertions or tests", defaultPhase: "DEV" },
  { id: "deployment", label: "Deployment", description: "Builds, ships or scales the model service", defaultPhase: "PROD" },
  { id: "monitoring", label: "Monitoring", description: "Watches a deployed model or data in production", defaultPhase: "PROD" },
  { id: "other", label: "Other", description: "None of the above: utility helpers, prints, scratch work", defaultPhase: "ML" },
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

const componentById = new Map(COMPONENTS.map((c) => [c.id, c]));
const categoryById = new Map(STEP_CATEGORIES.map((c) => [c.id, c]));

export function isComponentId(value: unknown): value is ComponentId {
  return typeof value === "string" && componentById.has(value as ComponentId);
}

export function isStepCategory(value: unknown): value is StepCategoryId {
  return typeof value === "string" && categoryById.has(value as StepCategoryId);
}

export function getComponent(id: ComponentId): Component {
  const found = componentById.get(id);
  if (!found) throw new Error(`Unknown component ${id}`);
  return found;
}

export function getStepCategory(id: StepCategoryId): StepCategory {
  const found = categoryById.get(id);
  if (!found) throw new Error(`Unknown step category ${id}`);
  return found;
}

/** The component a step of this cell category provides; null for `other` and unknown categories. */
export function componentForCategory(category: string): ComponentId | null {
  return isStepCategory(category) ? CATEGORY_COMPONENT[category] : null;
}

export const DATA_LABEL = "Data set / artifact";
export const EXTERNAL_LABEL = "External system";

/** A human name for a node's category; unknown ids (e.g. from a newer app version) show as they are. */
export function categoryLabel(kind: NodeKind, category: string | null): string {
  if (kind === "component" && isComponentId(category)) return getComponent(category).label;
  if (kind === "step" && isStepCategory(category)) return getStepCategory(category).label;
  if (kind === "data") return DATA_LABEL;
  if (kind === "external") return EXTERNAL_LABEL;
  return category ?? kind;
}

/** Components grouped by phase, in PHASES order (handy for pickers). */
export function componentsByPhase(): { phase: Phase; components: Component[] }[] {
  return PHASES.map((phase) => ({ phase, components: COMPONENTS.filter((c) => c.phase === phase) }));
}

// ---- Palette: everything that can be dragged onto the canvas ----

/** Extra words people search by, beyond labels, ids and tool names. */
const COMPONENT_KEYWORDS: Record<ComponentId, string[]> = {
  notebooks: ["notebook", "colab", "experiments", "shared"], data_processing: ["etl", "ingestion", "cleaning", "batch", "jobs"],
  hyperparameter_tuning: ["hpo", "grid search", "sweep"], experiment_tracking: ["metrics", "runs", "metadata"],
  data_versioning: ["dataset", "version"], model_registry: ["model versioning", "artifacts"],
  pipeline_orchestration: ["continuous training", "workflow", "dag", "retraining"], data_validation: ["schema", "data quality", "checks"],
  feature_store: ["features"], model_api: ["rest", "endpoint", "serving", "predict"], frontend: ["ui", "web app", "demo"],
  testing: ["unit tests", "integration tests", "qa"], containerization: ["container", "image", "dockerfile"],
  caching: ["cache", "latency"], load_testing: ["performance", "stress", "benchmark"], ci_cd: ["continuous integration", "continuous delivery", "build"],
  hosting: ["deploy", "server", "cloud", "website"], autoscaling: ["scale", "replicas", "k8s", "cluster"],
  infrastructure_as_code: ["iac", "gitops", "infrastructure"], monitoring: ["observability", "logs", "metrics"],
  model_monitoring: ["drift", "model quality"], alerting: ["notifications", "on-call", "pager", "incident"],
};

/** Typical code signals from the taxonomy, so "read_csv" or "fit" finds the right step. */
const STEP_KEYWORDS: Record<StepCategoryId, string[]> = {
  setup: ["import", "pip install", "config", "seed"], data_ingestion: ["read_csv", "load", "download", "sql"],
  data_exploration: ["eda", "describe", "plot", "histogram"], data_preparation: ["clean", "fillna", "encoding", "scaling", "train_test_split"],
  feature_engineering: ["features", "pca", "feature selection"], model_training: ["fit", "train", "training loop"],
  hyperparameter_tuning: ["gridsearchcv", "optuna", "search"], model_evaluation: ["accuracy", "metrics", "confusion matrix", "validation"],
  model_export: ["save", "pickle", "joblib", "serialize"], serving: ["api", "flask", "fastapi", "streamlit", "predict"],
  testing: ["assert", "pytest", "unittest"], deployment: ["docker", "kubectl", "helm", "deploy"],
  monitoring: ["drift", "evidently", "prometheus"], other: ["misc", "helpers", "utility"],
};

export type PaletteItem = {
  /** Unique within the palette (React key, drag payload). */
  key: string;
  kind: NodeKind;
  category: ComponentId | StepCategoryId | null;
  label: string;
  description: string;
  phase: Phase;
  stage: Stage;
  tools: string[];
  keywords: string[];
};

export const PALETTE_ITEMS: readonly PaletteItem[] = [
  ...COMPONENTS.map((c): PaletteItem => ({
    key: `component:${c.id}`, kind: "component", category: c.id, label: c.label, description: `e.g. ${c.tools.join(", ")}`,
    phase: c.phase, stage: c.stage, tools: c.tools, keywords: COMPONENT_KEYWORDS[c.id],
  })),
  ...STEP_CATEGORIES.map((s): PaletteItem => {
    const component = componentForCategory(s.id);
    return {
      key: `step:${s.id}`, kind: "step", category: s.id, label: s.label, description: s.description, phase: s.defaultPhase,
      // A step belongs to the stage of the component it provides.
      stage: component ? getComponent(component).stage : EXP, tools: [], keywords: ["step", ...STEP_KEYWORDS[s.id]],
    };
  }),
  // Data sets live with the experiments; external systems (callers, third-party services)
  // usually meet the running service, hence PROD. Either moves with its lane when dropped.
  { key: "data", kind: "data", category: null, label: DATA_LABEL, description: "An input, output or intermediate data set, model file or other artifact", phase: "ML", stage: EXP, tools: [], keywords: ["data", "dataset", "artifact", "file", "table", "bucket", "model file"] },
  { key: "external", kind: "external", category: null, label: EXTERNAL_LABEL, description: "A system outside the pipeline: a source database, a client app, a third-party service", phase: "PROD", stage: EXP, tools: [], keywords: ["external", "system", "third party", "client", "source", "database", "service"] },
];

const haystacks = new Map(
  PALETTE_ITEMS.map((item) => [item, [item.label, item.category ?? item.kind, item.category?.replaceAll("_", " ") ?? "", ...item.tools, ...item.keywords].join("\n").toLowerCase()]),
);

/**
 * Palette items matching every word of `query` (case-insensitive, anywhere in label, id,
 * tool names or keywords), grouped by phase in lane order. All three groups are always
 * returned, possibly empty, so the palette keeps its layout while filtering.
 */
export function searchPalette(query: string): { phase: Phase; items: PaletteItem[] }[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = PALETTE_ITEMS.filter((item) => {
    const hay = haystacks.get(item) ?? "";
    return words.every((w) => hay.includes(w));
  });
  return PHASES.map((phase) => ({ phase, items: matches.filter((item) => item.phase === phase) }));
}
