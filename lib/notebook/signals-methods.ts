import { MODEL_STAGES, type StepCategoryId } from "./taxonomy";
import { QUALITY_WORDS } from "./signals-text";

// Method calls on objects the notebook made (`model.fit(…)`, `df.dropna()`), where the
// library is unknown but the method's name says what it does. Some methods depend on what
// the receiver is, which we know from the category of the cell that made it: `.fit` on a
// scaler prepares data, on an estimator trains it, on a search object tunes; `.predict` on a
// deployed endpoint is serving, on a fitted model evaluation.

type Cat = StepCategoryId;
/** Receiver category (null: unknown), the method's string arguments and keywords → category and weight. */
type Decide = (
  receiver: Cat | null,
  strArgs: readonly string[],
  kwargs: readonly string[],
) => readonly [Cat, number] | null;

const PREP_LIKE: ReadonlySet<Cat> = new Set(["data_preparation", "feature_engineering", "hyperparameter_tuning"]);
const SERVED: ReadonlySet<Cat> = new Set(["deployment", "serving"]);
const predicted = (r: Cat | null): readonly [Cat, number] =>
  r === "monitoring" ? ["monitoring", 3] : r && SERVED.has(r) ? ["serving", 3] : ["model_evaluation", 2];
const MODEL_FILE =
  /\.(pkl|pickle|joblib|sav|bin|h5|hdf5|keras|pt|pth|ckpt|onnx|pb|tflite|mar|model|bst|cbm|safetensors)\b|saved_?model|\bmodel\b/i;
/** A Kaggle-style submission file: predictions on the test set handed in (the corpus labels it serving). */
const SUBMISSION_FILE = /(^|[^a-z])submission[^/]*\.csv\b/i;
const DATA_FILE = /\.(csv|tsv|parquet|json|jsonl|txt|xlsx?|feather|avro|tfrecords?|npy|npz|zip|gz|tgz|tar)\b/i;

const is =
  (cat: Cat, weight: number): Decide =>
  () => [cat, weight];
/** The receiver's own category when it is a model-side object, else `cat`. */
const dataMethod =
  (cat: Cat, weight: number): Decide =>
  (r) =>
    r && MODEL_STAGES.has(r) ? [r, 1] : [cat, weight];
const inspect: Decide = (r) => {
  if (r === "monitoring") return ["monitoring", 1];
  if (r && MODEL_STAGES.has(r)) return ["model_evaluation", 2];
  return ["data_exploration", 2];
};
const byFile =
  (fallback: Cat, weight: number): Decide =>
  (_r, args) => {
    if (args.some((a) => MODEL_FILE.test(a))) return ["model_export", 2];
    if (args.some((a) => DATA_FILE.test(a))) return [fallback, weight + 0.5];
    return [fallback, weight];
  };

const RULES: Record<string, Decide> = {
  // training
  fit: (r) => (r && PREP_LIKE.has(r) ? [r, 2] : ["model_training", 2]),
  fit_generator: is("model_training", 2),
  partial_fit: is("model_training", 2),
  train: (r) => (r === null || r === "model_training" ? ["model_training", 2] : null),
  compile: (r) => (r === null || r === "model_training" ? ["model_training", 2] : null),
  backward: is("model_training", 3),
  zero_grad: is("model_training", 3),
  step: (r) => (r === null || r === "model_training" ? ["model_training", 2] : null),
  apply_gradients: is("model_training", 3),
  train_on_batch: is("model_training", 3),
  // preparation
  fit_transform: (r) => (r === "feature_engineering" ? [r, 2] : ["data_preparation", 2]),
  fit_resample: is("data_preparation", 3),
  transform: (r) => (r === "feature_engineering" ? [r, 2] : ["data_preparation", r ? 1.5 : 1]),
  fillna: is("data_preparation", 2),
  dropna: is("data_preparation", 2),
  drop_duplicates: is("data_preparation", 2),
  drop: dataMethod("data_preparation", 2),
  astype: dataMethod("data_preparation", 1.5),
  replace: dataMethod("data_preparation", 1),
  rename: dataMethod("data_preparation", 1.5),
  map: dataMethod("data_preparation", 1.5),
  apply: dataMethod("data_preparation", 1.5),
  applymap: dataMethod("data_preparation", 1.5),
  merge: dataMethod("data_preparation", 2),
  join: dataMethod("data_preparation", 1),
  set_index: dataMethod("data_preparation", 1),
  reset_index: dataMethod("data_preparation", 1),
  interpolate: is("data_preparation", 2),
  clip: dataMethod("data_preparation", 1),
  explode: dataMethod("data_preparation", 1.5),
  melt: dataMethod("data_preparation", 1.5),
  pivot: dataMethod("data_preparation", 1.5),
  with_format: is("data_preparation", 2),
  set_format: is("data_preparation", 2),
  reset_format: is("data_preparation", 2),
  // Hugging Face datasets and Transformers turn a dataset into batched tf.data input.
  to_tf_dataset: is("data_preparation", 2),
  prepare_tf_dataset: is("data_preparation", 2),
  remove_columns: is("data_preparation", 2),
  rename_column: is("data_preparation", 2),
  cast_column: is("data_preparation", 2),
  shuffle: dataMethod("data_preparation", 1.5),
  batch: dataMethod("data_preparation", 1.5),
  padded_batch: is("data_preparation", 2),
  prefetch: is("data_preparation", 2),
  tokenize: is("data_preparation", 2),
  encode: dataMethod("data_preparation", 1),
  encode_plus: is("data_preparation", 2),
  batch_encode_plus: is("data_preparation", 2),
  convert_tokens_to_ids: is("data_preparation", 2),
  lookup_indices: is("data_preparation", 2),
  set_default_index: is("data_preparation", 2),
  flow_from_directory: is("data_preparation", 2),
  flow_from_dataframe: is("data_preparation", 2),
  train_test_split: is("data_preparation", 3),
  upload_data: byFile("data_preparation", 2),
  // features
  get_vecs_by_tokens: is("feature_engineering", 2),
  get_historical_features: is("feature_engineering", 3),
  get_online_features: is("feature_engineering", 3),
  materialize: is("feature_engineering", 2),
  materialize_incremental: is("feature_engineering", 3),
  // exploration, or evaluation when the receiver is a model's output
  head: (r) => (r === "data_ingestion" || r === "data_exploration" || r === null ? ["data_exploration", 1] : null),
  info: inspect,
  describe: inspect,
  value_counts: inspect,
  nunique: inspect,
  unique: (r) => (r === null || r === "data_ingestion" ? ["data_exploration", 1] : null),
  isnull: inspect,
  isna: inspect,
  corr: inspect,
  hist: inspect,
  boxplot: inspect,
  plot: inspect,
  scatter: inspect,
  profile_report: is("data_exploration", 3),
  // popmon's DataFrame accessors: a stability (drift) report over time, and the histograms it compares.
  pm_stability_report: is("monitoring", 3),
  pm_make_histograms: is("monitoring", 2),
  groupby: dataMethod("data_exploration", 1),
  // evaluation, or serving when the receiver is a deployed endpoint; a drift detector's
  // `predict` (alibi-detect's `MMDDrift(x_ref).predict(x)`) tests new data: monitoring
  predict: predicted,
  predict_proba: predicted,
  // Keras before 2.6: the class (or probability) predictions of a Sequential model.
  predict_classes: is("model_evaluation", 2),
  predict_log_proba: is("model_evaluation", 2),
  decision_function: is("model_evaluation", 2),
  predict_on_batch: is("model_evaluation", 2),
  evaluate: (r) => (r && SERVED.has(r) ? ["serving", 2] : ["model_evaluation", 2]),
  // Forecasters: a forecast over the held-back horizon, the in-sample fitted values and a
  // rolling-origin cross-validation all measure a fitted model (as darts' backtests do).
  forecast: (r) =>
    r && SERVED.has(r) ? ["serving", 2] : r === null || MODEL_STAGES.has(r) ? ["model_evaluation", 2] : null,
  forecast_fitted_values: is("model_evaluation", 2),
  cross_validation: (r) => (r === null || MODEL_STAGES.has(r) ? ["model_evaluation", 2] : null),
  score: (r) => (r === null || MODEL_STAGES.has(r) ? ["model_evaluation", 2] : null),
  eval: (r) => (r === null || r === "model_training" ? ["model_evaluation", 2] : null),
  generate: (r) => (r && SERVED.has(r) ? ["serving", 2] : r === "model_training" ? ["model_evaluation", 2] : null),
  // A fitted LightFM model's learned user and item embeddings, read out to compare them
  // (similar users, similar items): like `coef_`, a look at what the model learned.
  get_user_representations: is("model_evaluation", 2),
  get_item_representations: is("model_evaluation", 2),
  log_metric: is("model_evaluation", 2),
  log_metrics: is("model_evaluation", 2),
  // export and registry
  save: (r) => (r && (r === "monitoring" || SERVED.has(r)) ? [r, 1] : ["model_export", 2]),
  save_model: is("model_export", 3),
  save_weights: is("model_export", 3),
  save_pretrained: is("model_export", 3),
  push_to_hub: is("model_export", 3),
  export_model: is("model_export", 3),
  load_state_dict: is("model_export", 1),
  load_weights: is("model_export", 1),
  // A saved model read back into an object (XGBoost's `Booster().load_model(path)`, CatBoost's,
  // skorch's `net.load_params(f_params=…)`).
  load_model: is("model_export", 2),
  load_params: is("model_export", 2),
  log_model: is("model_export", 3),
  log_artifact: is("model_export", 2),
  log_artifacts: is("model_export", 2),
  // Azure ML v1 runs: an interactive run is started and closed around the work it records
  // (set-up, as starting an experiment run is), and the files it holds are its artefacts.
  start_logging: is("setup", 2),
  complete: (r) => (r === "setup" ? ["setup", 2] : null),
  get_file_names: is("model_export", 2),
  register_model: is("model_export", 3),
  create_registered_model: is("model_export", 3),
  create_model_version: is("model_export", 3),
  get_registered_model: is("model_export", 3),
  get_latest_versions: is("model_export", 3),
  get_model_version: is("model_export", 2),
  transition_model_version_stage: is("model_export", 3),
  set_registered_model_alias: is("model_export", 3),
  to_csv: (r, args, kwargs) =>
    args.some((a) => SUBMISSION_FILE.test(a)) ? ["serving", 2] : byFile("data_preparation", 1)(r, args, kwargs),
  to_parquet: byFile("data_preparation", 1),
  to_pickle: byFile("data_preparation", 1),
  to_json: (r) => (r && MODEL_STAGES.has(r) ? null : ["data_preparation", 1]),
  to_feather: byFile("data_preparation", 1),
  to_sql: byFile("data_preparation", 1),
  // `Run.upload_file(name, path_or_stream)` (Azure ML) puts a file in the run's record, as
  // `log_artifact` does; a bucket's `upload_file(Filename, Bucket, Key)` stages data.
  upload_file: (r, args, kwargs) =>
    kwargs.includes("path_or_stream") ? ["model_export", 2] : byFile("data_preparation", 1.5)(r, args, kwargs),
  upload_from_filename: byFile("data_preparation", 1.5),
  upload_fileobj: byFile("data_preparation", 1.5),
  put_object: byFile("data_preparation", 1.5),
  // ingestion
  to_dataframe: is("data_ingestion", 2),
  download_file: byFile("data_ingestion", 2),
  download_blob_to_file: byFile("data_ingestion", 2),
  download_to_filename: byFile("data_ingestion", 2),
  download_as_string: is("data_ingestion", 2),
  download_as_bytes: is("data_ingestion", 2),
  download_as_text: is("data_ingestion", 2),
  download_fileobj: byFile("data_ingestion", 2),
  get_object: is("data_ingestion", 1),
  // Querying a model-side object's table (a report's histograms, a run's metrics) is that step's work.
  query: (r) =>
    r === "setup" || r === "data_ingestion"
      ? ["data_ingestion", 2]
      : r && MODEL_STAGES.has(r)
        ? [r, 1]
        : ["data_preparation", 1],
  read_csv: is("data_ingestion", 3),
  read_parquet: is("data_ingestion", 3),
  read_json: is("data_ingestion", 2),
  // tuning
  suggest_int: is("hyperparameter_tuning", 3),
  suggest_float: is("hyperparameter_tuning", 3),
  suggest_categorical: is("hyperparameter_tuning", 3),
  suggest_uniform: is("hyperparameter_tuning", 3),
  suggest_loguniform: is("hyperparameter_tuning", 3),
  suggest_discrete_uniform: is("hyperparameter_tuning", 3),
  optimize: (r) => (r === "hyperparameter_tuning" ? [r, 3] : null),
  search: (r) => (r === "hyperparameter_tuning" ? [r, 3] : null),
  get_best_hyperparameters: is("hyperparameter_tuning", 3),
  // serving, deployment
  invoke_endpoint: is("serving", 3),
  // LangChain runnables (agents, chains, tools): invoking or running one answers a query.
  invoke: (r) => (r && SERVED.has(r) ? ["serving", 2] : null),
  run: (r) => (r && SERVED.has(r) ? ["serving", 2] : null),
  // ONNX Runtime's run with inputs and outputs bound to device buffers (a generation loop's step).
  run_with_iobinding: (r) => (r && SERVED.has(r) ? ["serving", 2] : null),
  io_binding: (r) => (r && SERVED.has(r) ? ["serving", 2] : null),
  // A vector or search index (Pinecone, Elasticsearch, Redis) is built to hold the data later
  // queries search: preparation, as a Qdrant collection is.
  create_index: is("data_preparation", 2),
  batch_predict: is("serving", 3),
  transformer: (r) => (r === "model_training" ? ["serving", 2] : null),
  deploy: is("deployment", 3),
  undeploy: is("deployment", 3),
  undeploy_all: is("deployment", 3),
  delete_endpoint: is("deployment", 3),
  delete_endpoint_config: is("deployment", 3),
  delete_model: (r) => (r !== null && MODEL_STAGES.has(r) ? ["deployment", 3] : ["deployment", 2]),
  create_endpoint: is("deployment", 3),
  create_endpoint_config: is("deployment", 3),
  update_endpoint: is("deployment", 3),
  delete: (r) => (r && (SERVED.has(r) || r === "model_export") ? ["deployment", 2] : null),
  // testing
  assertEqual: is("testing", 3),
  assertTrue: is("testing", 3),
  assertFalse: is("testing", 3),
  assertAlmostEqual: is("testing", 3),
  assertRaises: is("testing", 3),
  assertIn: is("testing", 3),
};

/** Sklearn-style fitted attributes (`best_params_`) and what reading them means. */
const ATTRIBUTES: Record<string, readonly [Cat, number]> = {
  // `tf.__version__`: checking which library versions the environment has is set-up.
  __version__: ["setup", 2],
  best_params_: ["hyperparameter_tuning", 1.5],
  best_estimator_: ["hyperparameter_tuning", 1.5],
  best_score_: ["hyperparameter_tuning", 1.5],
  best_index_: ["hyperparameter_tuning", 1.5],
  cv_results_: ["hyperparameter_tuning", 1.5],
  best_params: ["hyperparameter_tuning", 1],
  best_trial: ["hyperparameter_tuning", 2],
  best_value: ["hyperparameter_tuning", 2],
  feature_importances_: ["model_evaluation", 2],
  coef_: ["model_evaluation", 2],
  intercept_: ["model_evaluation", 1],
  oob_score_: ["model_evaluation", 2],
  explained_variance_ratio_: ["feature_engineering", 2],
  // A transformer's hidden states read out of it are embeddings: features for what comes next.
  last_hidden_state: ["feature_engineering", 2],
  pooler_output: ["feature_engineering", 2],
  // What a trainer's predict() returns (Hugging Face's PredictionOutput): reading it evaluates.
  label_ids: ["model_evaluation", 1.5],
  // Azure ML v1: the inferencing stack is added to an environment's image only to serve it.
  inferencing_stack_version: ["deployment", 2],
};

export function methodSignal(
  method: string,
  receiver: Cat | null,
  strArgs: readonly string[],
  kwargs: readonly string[] = [],
): readonly [Cat, number] | null {
  if (method.startsWith("expect_") || method.startsWith("assert_")) return ["testing", 3];
  const rule = Object.hasOwn(RULES, method) ? RULES[method] : undefined;
  return rule ? rule(receiver, strArgs, kwargs) : methodWords(method);
}

const hasWord = (words: readonly string[], re: RegExp) => words.some((w) => re.test(w));

/**
 * A cloud SDK's long method names say their stage in words:
 * `create_model_deployment_monitoring_job` monitors, `online_endpoints.begin_delete` aside,
 * `update_traffic` deploys, `query_points`/`similarity_search` answer a query (a retrieval
 * service is serving), `embed_documents` makes features. A hint only, for names no rule knows.
 */
export function methodWords(method: string): readonly [Cat, number] | null {
  const words = method.toLowerCase().split("_");
  if (words.length < 2 && !/^(upsert|backtest|recommend\w*)$/i.test(method)) return null;
  if (hasWord(words, /^(monitor|monitoring|monitors|drift|skew|alert|alerts|alerting|stability)$/))
    return ["monitoring", 1.5];
  // `get_or_create_workspace`, `create_resource_group`: the cloud workspace the rest runs in.
  if (hasWord(words, /^(workspace|workspaces)$/) && hasWord(words, /^(get|create|load|connect)$/))
    return ["setup", 1.5];
  if (hasWord(words, /^(deploy|deployment|deployments|undeploy|endpoint|endpoints|traffic|rollout)$/))
    return ["deployment", 1.5];
  if (
    hasWord(words, /^(embed|embeds|embedding|embeddings|encode)$/) &&
    hasWord(words, /^(text|texts|documents?|query|queries|sentences?|batch)$/)
  )
    return ["feature_engineering", 1.5];
  if (
    hasWord(words, /^(similarity|retrieve|retriever|points)$/) &&
    hasWord(words, /^(search|query|retrieve|retriever|points)$/)
  )
    return ["serving", 1.5];
  if (hasWord(words, /^(features?)$/) && hasWord(words, /^(build|make|create|add|extract|compute|engineer|generate)$/))
    return ["feature_engineering", 2];
  // `plot_precision_loss_curves`, `show_confusion_matrix`: a look at how well the model does.
  if (hasWord(words, /^(plot|plots|show|display|visualize|visualise|draw)$/) && hasWord(words, QUALITY_WORDS))
    return ["model_evaluation", 1.5];
  if (hasWord(words, /^(backtest|forecasts)$/) && !hasWord(words, /^(fit|train)$/)) return ["model_evaluation", 2];
  if (/^recommend/i.test(method)) return ["serving", 1];
  // Loading vectors into a store prepares what later queries search.
  if (method === "upsert" || (hasWord(words, /^(upsert|index)$/) && hasWord(words, /^(documents?|points|vectors?)$/)))
    return ["data_preparation", 2];
  return null;
}

/**
 * Azure ML's v2 client groups its calls by what they act on (`ml_client.online_endpoints.get`,
 * `ml_client.online_deployments.begin_delete`, `ml_client.jobs.stream`): the group says the
 * stage when the verb (`get`, `list`, `begin_delete`) does not. Invoking an endpoint, or getting
 * the keys to call it with, is serving.
 */
const OPERATION_GROUPS: Readonly<Record<string, readonly [Cat, number]>> = {
  online_endpoints: ["deployment", 2],
  online_deployments: ["deployment", 2],
  batch_endpoints: ["deployment", 2],
  batch_deployments: ["deployment", 2],
  jobs: ["model_training", 1.5],
};

export function operationGroupSignal(group: string, method: string): readonly [Cat, number] | null {
  if (method === "invoke" || method === "get_keys") return group.endsWith("_endpoints") ? ["serving", 2] : null;
  return Object.hasOwn(OPERATION_GROUPS, group) ? (OPERATION_GROUPS[group] ?? null) : null;
}

export function attributeSignal(attribute: string): readonly [Cat, number] | null {
  return Object.hasOwn(ATTRIBUTES, attribute) ? (ATTRIBUTES[attribute] ?? null) : null;
}

export { MODEL_FILE };
