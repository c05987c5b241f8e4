import { STEP_CATEGORIES, type StepCategoryId } from "../notebook/taxonomy";
import { COMPONENTS, stageOfStep, type ComponentId } from "./components";
import { DATA_LABEL, EXTERNAL_LABEL } from "./labels";
import { PHASES, type NodeKind, type Phase, type Stage } from "./types";

// Everything that can be dragged onto the canvas: the MLOps components, a step per cell
// category, a data set and an external system, with the words people search them by.

/** Extra words people search by, beyond labels, ids and tool names. */
const COMPONENT_KEYWORDS: Record<ComponentId, string[]> = {
  notebooks: ["notebook", "colab", "experiments", "shared"],
  data_processing: ["etl", "ingestion", "cleaning", "batch", "jobs"],
  hyperparameter_tuning: ["hpo", "grid search", "sweep"],
  experiment_tracking: ["metrics", "runs", "metadata"],
  data_versioning: ["dataset", "version"],
  model_registry: ["model versioning", "artifacts"],
  pipeline_orchestration: ["continuous training", "workflow", "dag", "retraining"],
  data_validation: ["schema", "data quality", "checks"],
  feature_store: ["features"],
  model_api: ["rest", "endpoint", "serving", "predict"],
  frontend: ["ui", "web app", "demo"],
  testing: ["unit tests", "integration tests", "qa"],
  containerization: ["container", "image", "dockerfile"],
  caching: ["cache", "latency"],
  load_testing: ["performance", "stress", "benchmark"],
  ci_cd: ["continuous integration", "continuous delivery", "build"],
  hosting: ["deploy", "server", "cloud", "website"],
  autoscaling: ["scale", "replicas", "k8s", "cluster"],
  infrastructure_as_code: ["iac", "gitops", "infrastructure"],
  monitoring: ["observability", "logs", "metrics"],
  model_monitoring: ["drift", "model quality"],
  alerting: ["notifications", "on-call", "pager", "incident"],
};

/** Typical code signals from the taxonomy, so "read_csv" or "fit" finds the right step. */
const STEP_KEYWORDS: Record<StepCategoryId, string[]> = {
  setup: ["import", "pip install", "config", "seed"],
  data_ingestion: ["read_csv", "load", "download", "sql"],
  data_exploration: ["eda", "describe", "plot", "histogram"],
  data_preparation: ["clean", "fillna", "encoding", "scaling", "train_test_split"],
  feature_engineering: ["features", "pca", "feature selection"],
  model_training: ["fit", "train", "training loop"],
  hyperparameter_tuning: ["gridsearchcv", "optuna", "search"],
  model_evaluation: ["accuracy", "metrics", "confusion matrix", "validation"],
  model_export: ["save", "pickle", "joblib", "serialize"],
  serving: ["api", "flask", "fastapi", "streamlit", "predict"],
  testing: ["assert", "pytest", "unittest"],
  deployment: ["docker", "kubectl", "helm", "deploy"],
  monitoring: ["drift", "evidently", "prometheus"],
  other: ["misc", "helpers", "utility"],
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
    key: `component:${c.id}`,
    kind: "component",
    category: c.id,
    label: c.label,
    description: `e.g. ${c.tools.join(", ")}`,
    phase: c.phase,
    stage: c.stage,
    tools: c.tools,
    keywords: COMPONENT_KEYWORDS[c.id],
  })),
  ...STEP_CATEGORIES.map((s): PaletteItem => ({
    key: `step:${s.id}`,
    kind: "step",
    category: s.id,
    label: s.label,
    description: s.description,
    phase: s.defaultPhase,
    stage: stageOfStep(s.id),
    tools: [],
    keywords: ["step", ...STEP_KEYWORDS[s.id]],
  })),
  // Data sets live with the experiments; external systems (callers, third-party services)
  // usually meet the running service, hence PROD. Either moves with its lane when dropped.
  {
    key: "data",
    kind: "data",
    category: null,
    label: DATA_LABEL,
    description: "An input, output or intermediate data set, model file or other artifact",
    phase: "ML",
    stage: "EXPERIMENTAL",
    tools: [],
    keywords: ["data", "dataset", "artifact", "file", "table", "bucket", "model file"],
  },
  {
    key: "external",
    kind: "external",
    category: null,
    label: EXTERNAL_LABEL,
    description: "A system outside the pipeline: a source database, a client app, a third-party service",
    phase: "PROD",
    stage: "EXPERIMENTAL",
    tools: [],
    keywords: ["external", "system", "third party", "client", "source", "database", "service"],
  },
];

const haystacks = new Map(
  PALETTE_ITEMS.map((item) => [
    item,
    [item.label, item.category ?? item.kind, item.category?.replaceAll("_", " ") ?? "", ...item.tools, ...item.keywords]
      .join("\n")
      .toLowerCase(),
  ]),
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
