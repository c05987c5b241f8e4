import type { DimensionId } from "../assessment/types";
import type { ComponentId } from "../pipeline/components";

// The three tables the gap score reads, one row per component (the README beside this file
// says why each row is what it is). Records keyed by ComponentId so a new component does not
// compile until it has its rows.

/**
 * What a component needs in the pipeline first. A gap whose prerequisite is missing too is
 * ranked after it and says so. Kept acyclic (a test checks); tools add their own on top.
 */
export const PREREQUISITES: Record<ComponentId, readonly ComponentId[]> = {
  notebooks: [],
  data_processing: [],
  hyperparameter_tuning: ["notebooks"],
  experiment_tracking: [],
  data_versioning: [],
  model_registry: [],
  pipeline_orchestration: [],
  data_validation: ["data_processing"],
  feature_store: ["data_processing"],
  model_api: [],
  frontend: [],
  testing: [],
  // Something to put in a container, something to cache in front of.
  containerization: ["model_api"],
  caching: ["model_api"],
  // Load tests hit a deployed service; an autoscaler scales containers that are hosted.
  load_testing: ["hosting"],
  // CI without tests only proves the code builds: tests first, then the pipeline that runs them.
  ci_cd: ["testing"],
  hosting: ["model_api"],
  autoscaling: ["containerization", "hosting"],
  infrastructure_as_code: ["hosting"],
  monitoring: ["hosting"],
  model_monitoring: ["hosting"],
  alerting: ["monitoring"],
};

/**
 * For a missing component: the components whose MANUAL nodes it would take over — the
 * hand-run work that waits for it (its bottleneck). E.g. a training pipeline takes over the
 * notebook runs and the data steps done by hand.
 */
export const TAKES_OVER: Record<ComponentId, readonly ComponentId[]> = {
  notebooks: [],
  data_processing: [],
  hyperparameter_tuning: ["notebooks"],
  experiment_tracking: ["notebooks"],
  data_versioning: ["data_processing"],
  model_registry: ["notebooks"],
  pipeline_orchestration: ["notebooks", "data_processing", "hyperparameter_tuning"],
  data_validation: ["data_processing"],
  feature_store: ["data_processing"],
  model_api: ["notebooks"],
  frontend: [],
  testing: [],
  containerization: ["model_api", "hosting"],
  caching: [],
  load_testing: [],
  ci_cd: ["testing", "containerization", "hosting"],
  hosting: ["model_api"],
  autoscaling: ["hosting"],
  infrastructure_as_code: ["hosting", "autoscaling"],
  monitoring: ["hosting"],
  model_monitoring: ["monitoring"],
  alerting: ["monitoring"],
};

/** The assessment dimension whose weakness makes the component more urgent. */
export const DIMENSION_OF: Record<ComponentId, DimensionId> = {
  notebooks: "experimentation",
  data_processing: "data_management",
  hyperparameter_tuning: "experimentation",
  experiment_tracking: "experimentation",
  data_versioning: "data_management",
  model_registry: "model_release",
  pipeline_orchestration: "training_pipeline",
  data_validation: "data_management",
  feature_store: "data_management",
  model_api: "serving",
  frontend: "serving",
  testing: "code_quality",
  containerization: "serving",
  caching: "serving",
  load_testing: "code_quality",
  ci_cd: "model_release",
  hosting: "serving",
  autoscaling: "serving",
  infrastructure_as_code: "model_release",
  monitoring: "monitoring",
  model_monitoring: "monitoring",
  alerting: "monitoring",
};
