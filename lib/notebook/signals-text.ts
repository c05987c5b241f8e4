import type { StepCategoryId } from "./taxonomy";

// What people's own words say: markdown headings above a cell, and the names they give
// their functions and classes. These are hints, weaker than library calls.

type Cat = StepCategoryId;

/**
 * Heading phrases in order: the first that matches decides, so specific phrases come
 * before general words ("training data" is data, not training; "clean up" is tearing down).
 */
const HEADING_RULES: readonly (readonly [RegExp, Cat])[] = [
  [/\b(clean(ing)?[ -]?up|tear(ing)?[ -]?down|delete (the )?(resources|endpoint)|undeploy)/, "deployment"],
  // Configuring an endpoint, a deployment or a monitoring job is that step's work, not the environment's.
  [/\bconfigur\w* (the |an? )?(\w+ )?(endpoints?|deployments?)\b/, "deployment"],
  [/\bconfigur\w* (the |an? )?(\w+ )?monitoring\b/, "monitoring"],
  [
    /\b(set(ting)?[ -]?up|enabl(e|ing) (the )?[\w ]*apis?\b|install|configur|before you begin|prerequisites?|requirements|dependencies|authenticat|restart (the )?kernel|import (the )?(libraries|packages|modules)|imports\b|common imports|libraries|environment|bucket|project id|gpus?\b)/,
    "setup",
  ],
  // Before serving: "deploy the model endpoint" is deployment, "inference on the deployed model" serving.
  [
    /\b(deploy(?!ed)|deployment|docker|container|kubernetes|k8s|helm|push (the )?image|artifact registry|ci ?\/ ?cd|create (an? |the )?(new )?(\w+ )?endpoint)/,
    "deployment",
  ],
  // A Kaggle submission hands the model's test-set predictions in (the corpus labels it serving),
  // even under "Prepare the submission".
  [/\b((kaggle|competition) submission|submission (file|csv)|submit (to|on) kaggle)/, "serving"],
  [
    /\b(serv(e|es|ing)\b|(model|prediction|inference|tensorflow) server|apis?\b|endpoint|rest\b|grpc|fastapi|flask|streamlit|gradio|web ?app|requests?\b|send predictions|online predictions?|prediction server|inference (on|with|from|using) (the |a )?deployed|query the (model|endpoint)|invoke)/,
    "serving",
  ],
  [
    /\b(monitor|drift|dashboard|evidently|alert|observab|grafana|prometheus|in production|production data|live data)/,
    "monitoring",
  ],
  [
    /\b(unit tests?|pytest|test(ing)? the (api|app|code|service|endpoint|container)|assertions?|data validation|great expectations)/,
    "testing",
  ],
  // Tuning is a search: "Hyperparameter tuning" says so, a bare "Hyperparameters" heading (the
  // values a training run uses) does not.
  [
    /\b(hyper-?param\w* (search|optimi[sz]ation|sweep)|tun(e|ing)\b|grid search|random(ized)? search|search space|optuna|sweep)/,
    "hyperparameter_tuning",
  ],
  [
    /\b((?<!for )train(ing)?\b(?! (data|set|dataset|instances|examples))|fit(ting)? (the |a )?model|build(ing)? (the |a )?model|define (the |a )?model|model (definition|architecture)|create (the |a )?model|select and train|optimi[sz]er|loss function|multi-?worker)/,
    "model_training",
  ],
  [
    /\b(sav(e|ing)|export|persist|seriali[sz]|dump|store (the )?model|regist(er|ry)|artifacts?|upload (the )?model|savedmodel|checkpoint)/,
    "model_export",
  ],
  [
    /\b(evaluat|assess|test set|metrics?|performance|accuracy|scores?\b|results|confusion|validat|error analysis|compar|benchmark|inference|predict|interpret|explain)/,
    "model_evaluation",
  ],
  [/\b(testing|tests?\b)/, "testing"],
  [
    /\b(feature (engineering|selection|extraction|creation|crosses)|engineer|attribute combinations|embeddings?|new features)/,
    "feature_engineering",
  ],
  [
    /\b(prepar|pre-?process|clean|transform|split|token|encod|normali[sz]|scal(e|ing)|missing values|imput|data ?loaders?|vocab|wrangl|stag(e|ing) (the )?data)/,
    "data_preparation",
  ],
  [
    /\b(explor|examin|eda\b|visuali[sz]|discover|insights?|inspect|look at|statistic|distribution|correlat|understand|analy[sz])/,
    "data_exploration",
  ],
  [
    /\b(get (the |some )?(\w+ )?data|load(ing)?\b|download|fetch|read(ing)? (the )?data|ingest|data ?sets?\b|data collection|data source|query)/,
    "data_ingestion",
  ],
];

export function headingCategory(text: string): Cat | null {
  const lower = text.toLowerCase();
  for (const [re, category] of HEADING_RULES) if (re.test(lower)) return category;
  return null;
}

/** `fetch_housing_data`, `trainModel` → ["fetch", "housing", "data"], ["train", "model"]. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const has = (words: readonly string[], re: RegExp) => words.some((w) => re.test(w));
/** Words for a model's quality: a function about these evaluates, whether it plots or prints. */
export const QUALITY_WORDS =
  /^(score|scores|scoring|metric|metrics|performance|accuracy|acc|precision|recall|f1|roc|auc|pr|rmse|mse|mae|errors?|loss|losses|history|confusion|residuals?|curves?|thresholds?|importances?|report)$/;

/**
 * What a function's name says it does, as candidate categories (the body picks among
 * several). The first rule that matches wins.
 */
export function functionNameHint(name: string): Cat[] {
  const w = nameWords(name);
  const model = has(w, /^(model|models|net|network|classifier|regressor|estimator|weights|checkpoint)$/);
  if (
    has(w, /^(split|splits|shuffle|stratified|stratify)$/) ||
    (w.includes("test") && w.includes("set") && !has(w, /^eval/))
  )
    return ["data_preparation"];
  // `contractive_loss(outputs, inputs)`, `compute_loss`: a loss to train with, as torch's and
  // Keras's loss classes are; plotted or validated losses stay evaluation.
  if (
    /^(loss|criterion)$/.test(w.at(-1) ?? "") &&
    !has(w, /^(plot|plots|show|display|history|curves?|eval|evaluate|evaluation|val|valid|validation|test)$/)
  )
    return ["model_training"];
  // `make_mi_scores`, `mutual_info_scores`: how much each feature tells of the target, to pick
  // features by (scikit-learn's feature_selection), not a model's quality.
  if (has(w, /^(mi|mutual)$/) && has(w, /^(score|scores|info|information)$/)) return ["feature_engineering"];
  const quality = has(w, QUALITY_WORDS);
  if (has(w, /^(fig|figure|figures|plot|plots|image|images|chart|png)$/) && !quality) return ["data_exploration"];
  if (has(w, /^(objective|tune|tuning|hyperparameters?|hyperparams?|hpo|sweep)$/)) return ["hyperparameter_tuning"];
  // `best_param`, `get_best_params`, `best_trial`: reading what a search found.
  if (w.includes("best") && has(w, /^(params?|parameters?|hyperparams?|hyperparameters?|trials?|config)$/))
    return ["hyperparameter_tuning"];
  // `get_training_augmentation`, `preprocess_train`, `test_preprocess_function`: the data for
  // a split (training or test), not training or testing.
  if (has(w, /^(augment|augmentation|augmentations|preprocess|preprocessing|collate|tokenize)$/))
    return ["data_preparation"];
  if (quality || has(w, /^(evaluate|evaluation|eval|validate|validation|test)$/)) return ["model_evaluation"];
  if (has(w, /^(predict|prediction|predictions|inference|infer|forecast|classify)$/))
    return ["model_evaluation", "serving"];
  if (
    has(w, /^(train|training|trainer|fit|fitting|finetune)$/) ||
    (model && has(w, /^(build|create|make|get|define|init|initialize|compile)$/))
  )
    return ["model_training"];
  if (model && has(w, /^(load|download|restore)$/)) return ["model_export"];
  if (has(w, /^(save|export|dump|persist|serialize|serialise|upload|register)$/)) return ["model_export"];
  if (has(w, /^(deploy|deployment|undeploy|containerize|dockerize)$/)) return ["deployment"];
  if (has(w, /^(serve|serving|handler|handle|endpoint|app|api|route|health|ping|invocations)$/)) return ["serving"];
  if (has(w, /^(monitor|monitoring|drift|alert|alerting)$/)) return ["monitoring"];
  if (
    has(
      w,
      /^(feature|features|feat|feats|engineer|engineering|embed|embedding|embeddings|pooling|attribs?|attributes|lags?|aggregates?)$/,
    ) ||
    (w.includes("target") && has(w, /^(encode|encoding|encoder|enc)$/))
  )
    return ["feature_engineering"];
  if (
    has(
      w,
      /^(preprocess|preprocessing|clean|cleaning|prepare|preparation|tokenize|tokenizer|tokenise|encode|encoding|normalize|normalise|scale|scaling|impute|collate|pad|padding|transform|augment|augmentation|vectorize|numericalize|loader|dataloader|batches|vocab|convert)$/,
    )
  )
    return ["data_preparation"];
  // A RAG function, or one that asks an LLM, answers queries: serving.
  if (has(w, /^(rag|llm|chat|ask|answer|prompt|completion|deepseek|openai|gpt|retrieve|retrieval)$/))
    return ["serving"];
  if (has(w, /^(load|read|fetch|download|ingest|query|scrape)$/)) return ["data_ingestion"];
  if (has(w, /^(show|visualize|visualise|display|draw|hist|histogram|explore|inspect|summary|summarize)$/))
    return ["data_exploration", "model_evaluation"];
  return [];
}

/** Classes named like models (`Never5Classifier`, `TextNet`) define models. */
export function isModelName(name: string): boolean {
  return nameWords(name).some((w) =>
    /^(classifier|regressor|estimator|model|net|network|encoder|decoder|transformer|lstm|rnn|cnn|gru|mlp)$/.test(w),
  );
}

/** Custom scikit-learn transformers that make or pick features, by their name. */
export function isFeatureName(name: string): boolean {
  return nameWords(name).some((w) =>
    /^(feature|features|attribs?|attributes|adder|extractor|embedding|embedder|poly|interaction|interactions)$/.test(w),
  );
}

/** Variables holding search spaces (`param_grid`, `search_space`). */
export const SEARCH_SPACE_NAME =
  /^(param_grid|param_grids|param_dist\w*|params?_space|search_space|hyperparameters|hparams|space|grid)$/i;
/**
 * `X_train`, `y_valid`, `strat_train_set`, `test_df` (not `train_loss`): the pieces of a
 * train/test split; `reference`/`current` are the two halves drift monitors compare.
 */
export const SPLIT_NAME =
  /^(?!.*(loss|acc|accuracy|score|error|pred|preds|predictions|time|metrics?)$)(\w+_)?(train|test|val|valid|validation|dev)(_\w+)?$|^[xy]_?(train|test|val|valid)\w*$|^(reference|current|ref|cur|baseline)(_(data|df|dataset|set))?$/i;
/** `residuals`, `resid_df`, `arima_residuals`: what a fitted model leaves unexplained, to diagnose it. */
export const RESIDUAL_NAME = /^(residuals?|resids?)(_\w+)?$|_(residuals?|resids?)$/i;
/**
 * `capture_files`, `monitoring_job_output`, `drift_report`: what a monitor captured or found
 * (SageMaker's data capture of live requests, a monitoring job's output).
 */
export const MONITOR_NAME = /(^|_)(monitor|monitoring|capture|captured|violations)(_|$)/i;
/**
 * The files a model monitor writes: SageMaker Model Monitor's (and Deequ's)
 * `constraint_violations.json` against the baseline's `constraints.json`.
 */
export const MONITOR_OUTPUT = /\b(constraint_violations|constraints)\.json\b/;
/** A Dockerfile's text: a `FROM image` line, then build instructions. */
export const DOCKERFILE_TEXT = /^\s*FROM\s+\S+[\s\S]*^\s*(RUN|COPY|CMD|ENTRYPOINT)\b/m;
/** `model_path`, `MODEL_DIR`, `export_path`: where a model is written. */
export const MODEL_ARTIFACT_NAME =
  /^(model|export|saved_model|checkpoint|ckpt)_?(path|dir|version|name|file|filename|uri|location)s?$/i;
/** Names that carry a model's outputs (`y_pred`, `preds`, `probas`, `logits`) or the truth they are scored against. */
export const RESULT_NAME = /(^|_)(preds?|predictions?|predicted|probas?|probabilities|logits|y_hat|yhat|true)(_|$)/i;
/**
 * A table from values to integer codes and back (`label2id`, `id2label`, `word_to_idx`,
 * `genders_mapping`, `stoi`): a label encoding for the model (TAXONOMY: encoders prepare data).
 */
export const ENCODING_TABLE_NAME =
  /^(\w+2(ids?|idx|index|labels?|int|num)|(ids?|idx|index|labels?|int)2\w+|\w+_to_(ids?|idx|index|int|labels?)|\w*mapping|stoi|itos)$/i;
/** Lists of columns: `num_features`, `cat_cols`, `target`. */
export const COLUMNS_NAME = /(^|_)(features?|cols|columns|target|targets|labels?)($|_)/i;
/** Configuration the README counts as setup: project, bucket, region, credentials, paths. */
export const CONFIG_NAME =
  /(^|_)(project|project_id|bucket|bucket_name|region|location|zone|credentials?|key|api_key|token|secret|account|role|arn|uri|url|endpoint_name|root|dir|directory|path|seed|random_state|device|env)($|_)/i;
