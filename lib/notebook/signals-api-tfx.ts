import type { ApiRule } from "./api-rules";

// TensorFlow Extended: a TFX pipeline is a chain of standard components, and each component's
// name says its stage (tensorflow.org/tfx/guide): ExampleGen ingests, StatisticsGen and
// SchemaGen describe the data, ExampleValidator checks it against the schema (TAXONOMY's
// "data-validation checks": testing), Transform prepares it, Trainer and Tuner fit and search,
// Evaluator (with the Resolver that finds the baseline model) judges, InfraValidator tests the
// model in a serving binary, Pusher ships it, BulkInferrer scores in batch. The component
// libraries spell the same stages: TFDV (statistics and schema, anomalies), TF Transform,
// TF Model Analysis. Components live at several depths (`tfx.components.Trainer`,
// `tfx.extensions.google_cloud_ai_platform.trainer.component.Trainer`), hence the wildcards;
// `from tfx import v1 as tfx` is renamed to `tfx.` in api-rules.ts. Same format as DATA_RULES.

export const TFX_RULES: readonly ApiRule[] = [
  ["tfx.*ExampleGen", "data_ingestion", 3],
  ["tfx.*.StatisticsGen", "data_exploration", 3],
  ["tfx.*.SchemaGen", "data_exploration", 3],
  ["tfx.*.ImportSchemaGen", "data_preparation", 2],
  ["tfx.*.ExampleValidator", "testing", 3],
  ["tfx.*.Transform", "data_preparation", 3],
  ["tfx.*.Trainer", "model_training", 3],
  ["tfx.*.Tuner", "hyperparameter_tuning", 3],
  ["tfx.*.Evaluator", "model_evaluation", 3],
  // The Resolver's usual strategy picks the latest blessed model: the baseline the Evaluator compares against.
  ["tfx.*.Resolver", "model_evaluation", 2],
  ["tfx.*.LatestBlessedModelStrategy", "model_evaluation", 2],
  ["tfx.*.InfraValidator", "testing", 3],
  ["tfx.*.Pusher", "deployment", 3],
  ["tfx.*.BulkInferrer", "serving", 3],
  // A whole pipeline run, like a Kubeflow pipeline (`kfp.*` in MODEL_RULES): it trains.
  ["tfx.*.Pipeline", "model_training", 2],
  ["tfx.*DagRunner", "model_training", 2],
  ["tfx.*.InteractiveContext", "setup", 2],
  // ---- TensorFlow Data Validation
  // Validating data against a schema is TAXONOMY's "data-validation checks": testing, unless
  // the call below says it describes the data.
  ["tensorflow_data_validation.*", "testing", 2],
  ["tensorflow_data_validation.generate_statistics*", "data_exploration", 3],
  ["tensorflow_data_validation.visualize_statistics", "data_exploration", 3],
  ["tensorflow_data_validation.infer_schema", "data_exploration", 3],
  ["tensorflow_data_validation.display_schema", "data_exploration", 3],
  ["tensorflow_data_validation.validate_statistics", "testing", 3],
  ["tensorflow_data_validation.validate_examples*", "testing", 3],
  ["tensorflow_data_validation.display_anomalies", "testing", 3],
  // The curated schema written out is an artefact the pipeline's later runs validate against.
  ["tensorflow_data_validation.write_schema_text", "model_export", 2],
  // ---- TensorFlow Transform: analysers and mappers scale, encode and bucketise for the model
  ["tensorflow_transform.*", "data_preparation", 3],
  // ---- TensorFlow Model Analysis: evaluation configs, runs and their views
  ["tensorflow_model_analysis.*", "model_evaluation", 3],
];
