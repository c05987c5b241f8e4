import type { StepCategoryId } from "./taxonomy";

// The vocabularies statement-evidence.ts reads a statement with: calls, keys, methods and
// stages whose names alone say what the statement is for. Data only; the rules are there.

type Cat = StepCategoryId;

export const DATA_STAGES: ReadonlySet<Cat> = new Set([
  "data_ingestion",
  "data_exploration",
  "data_preparation",
  "feature_engineering",
]);
export const EARLY_DATA: ReadonlySet<Cat> = new Set(["data_ingestion", "data_exploration"]);
/** Running a command from Python is the same as running it in a shell cell. */
export const SHELL_CALLS = new Set([
  "subprocess.run",
  "subprocess.Popen",
  "subprocess.call",
  "subprocess.check_call",
  "subprocess.check_output",
  "os.system",
  "os.popen",
]);
export const REQUEST_KEYS = new Set([
  "instances",
  "signature_name",
  "serving_default",
  "dataframe_split",
  "dataframe_records",
]);
/**
 * Keys only a deployment's own configuration has: an endpoint's traffic split and auth mode,
 * a serving deployment's instance and replica counts (Azure ML online endpoints, SageMaker
 * production variants, KServe/Seldon replicas). A dict with them configures the deployment.
 */
export const DEPLOY_KEYS = new Set([
  "traffic",
  "auth_mode",
  "instance_type",
  "instance_count",
  "min_replicas",
  "max_replicas",
  "minReplicas",
  "maxReplicas",
  "ProductionVariants",
  "InitialInstanceCount",
  "InitialVariantWeight",
  "VariantName",
]);
/**
 * darts' `add_encoders` spec: covariates generated from the time index (cyclic month, datetime
 * attributes) are features the model is given.
 */
export const ENCODER_KEYS = new Set(["datetime_attribute", "cyclic"]);
/** Methods that only lay out a groupby's result (a column back from the index, an order). */
export const GROUP_RESHAPING = new Set(["reset_index", "set_index", "rename", "sort_values", "sort_index"]);
/** Serialising an object to text or a file (`json.dumps(cfg)`) hands on what the object is for. */
/** Calls that end a chain shown to the reader: a look at the data, not a change to it. */
export const DISPLAY_ENDS = new Set([
  "value_counts",
  "plot",
  "hist",
  "head",
  "tail",
  "describe",
  "boxplot",
  "barh",
  "bar",
]);
/** Pipeline constructors: what they hold decides what they are (a scaler and a model make a model). */
export const PIPELINE_CALLS = new Set([
  "sklearn.pipeline.make_pipeline",
  "sklearn.pipeline.Pipeline",
  "imblearn.pipeline.make_pipeline",
  "imblearn.pipeline.Pipeline",
]);
export const SERIALISE_CALLS = new Set(["json.dump", "json.dumps", "yaml.dump", "yaml.safe_dump"]);
/** Stages whose configuration, written out, is that stage's own work rather than setup. */
export const OPS_STAGES: ReadonlySet<Cat> = new Set(["deployment", "serving", "monitoring"]);
export const DATA_URL =
  /^https?:\/\/\S+(\.(csv|tsv|json|jsonl|parquet|zip|tgz|gz|tar|xlsx?|txt|data)\b|\/datasets?\/)/i;
/** Column methods that derive a new quantity from others: a column built with them is a feature. */
export const DERIVING = new Set([
  "groupby",
  "transform",
  "rolling",
  "expanding",
  "ewm",
  "shift",
  "diff",
  "pct_change",
  "cumsum",
  "cumprod",
  "cumcount",
  "rank",
  "qcut",
  "cut",
]);
/** Calls that hand a job or resource object to a platform to run or create. */
export const SUBMIT_METHODS = new Set([
  "create_or_update",
  "begin_create_or_update",
  "submit",
  "submit_job",
  "create_job",
  "run",
  "start",
  "create",
]);
/** What a submitted job object can be (a data loader passed to `run` is not a job). */
export const JOB_STAGES: ReadonlySet<Cat> = new Set([
  "model_training",
  "hyperparameter_tuning",
  "model_evaluation",
  "deployment",
  "monitoring",
]);
export const ROUTE_METHODS = new Set(["get", "post", "put", "delete", "patch", "route", "websocket", "api", "head"]);
