import type { StepCategoryId } from "./taxonomy";
import { DATA_RULES } from "./signals-api-data";
import { MODEL_RULES } from "./signals-api-model";
import { OPS_RULES } from "./signals-api-ops";
import { PLATFORM_RULES } from "./signals-api-platforms";
import { SETUP_RULES } from "./signals-api-setup";
import { TFX_RULES } from "./signals-api-tfx";

/** `[pattern, category, weight]`: pattern is a canonical dotted name where `*` matches anything. */
export type ApiRule = readonly [pattern: string, category: StepCategoryId, weight: number];
type ApiHit = { category: StepCategoryId; weight: number; pattern: string };

type Compiled = { re: RegExp; specificity: number; hit: ApiHit };

/** Aliases so common that notebooks use them without showing the import (e.g. after `%run`). */
const CONVENTIONAL_ALIASES: Readonly<Record<string, string>> = {
  pd: "pandas",
  np: "numpy",
  plt: "matplotlib.pyplot",
  sns: "seaborn",
  tf: "tensorflow",
  mpl: "matplotlib",
  nn: "torch.nn",
  F: "torch.nn.functional",
  optim: "torch.optim",
  px: "plotly.express",
  go: "plotly.graph_objects",
  xgb: "xgboost",
  lgb: "lightgbm",
  sm: "statsmodels.api",
  tfds: "tensorflow_datasets",
  hub: "tensorflow_hub",
  pl: "pytorch_lightning",
  st: "streamlit",
  gr: "gradio",
  kt: "keras_tuner",
  smf: "statsmodels.formula.api",
  tfdv: "tensorflow_data_validation",
  tft: "tensorflow_transform",
  tfma: "tensorflow_model_analysis",
};

/** Different spellings of the same library, so one rule covers them. */
const RENAMES: readonly (readonly [string, string])[] = [
  ["tensorflow.python.keras.", "keras."],
  ["tensorflow.keras.", "keras."],
  ["tf_keras.", "keras."],
  ["fbprophet.", "prophet."],
  ["lightning.pytorch.", "lightning."],
  ["sklearn.externals.joblib.", "joblib."],
  ["IPython.core.display.", "IPython.display."],
  // `from tfx import v1 as tfx`: the public API re-exports the same components.
  ["tfx.v1.", "tfx."],
];

/** One pattern for every spelling: a name has at most one of these prefixes. */
const RENAMED_PREFIX = new RegExp(`^(?:${RENAMES.map(([from]) => escapeRegExp(from)).join("|")})`);
const RENAMED_TO = new Map(RENAMES);

const byModule = new Map<string, Compiled[]>();
/**
 * Rules whose first segment has a wildcard (`langchain*.embeddings.*` for langchain,
 * langchain_community, langchain_core …): no single module keys them, so every name is tried.
 */
const wildRoots: Compiled[] = [];
const wildRootNames: RegExp[] = [];
const bare = new Map<string, ApiHit>();
const cache = new Map<string, ApiHit | null>();

for (const [pattern, category, weight] of [
  ...SETUP_RULES,
  ...DATA_RULES,
  ...MODEL_RULES,
  ...OPS_RULES,
  ...PLATFORM_RULES,
  ...TFX_RULES,
]) {
  const hit = { category, weight, pattern };
  const source = pattern.split("*").map(escapeRegExp).join(".*");
  const compiled = { re: new RegExp(`^${source}$`), specificity: pattern.replace(/\*/g, "").length, hit };
  const root = pattern.split(".")[0] ?? pattern;
  if (root.includes("*")) {
    wildRoots.push(compiled);
    wildRootNames.push(new RegExp(`^${root.split("*").map(escapeRegExp).join(".*")}$`));
  } else byModule.set(root, [...(byModule.get(root) ?? []), compiled]);
  const last = pattern.split(".").at(-1) ?? "";
  // Names like `train_test_split` or `GridSearchCV` mean the same wherever they come from;
  // plain words (`load`, `Model`) only count with their module.
  if (!pattern.includes("*") && isDistinctive(last) && !bare.has(last)) bare.set(last, hit);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

function isDistinctive(name: string): boolean {
  return name.length >= 6 && (name.includes("_") || /[a-z][A-Z]/.test(name) || /^[A-Z]{2,}[a-z]/.test(name));
}

/** Rewrites a dotted name to the spelling the rules use. */
export function canonicalName(dotted: string): string {
  const from = RENAMED_PREFIX.exec(dotted)?.[0];
  return from === undefined ? dotted : RENAMED_TO.get(from) + dotted.slice(from.length);
}

/** The most specific rule matching a dotted name (e.g. `pandas.read_csv`), in its canonical spelling. */
export function matchApi(dotted: string): ApiHit | null {
  // Cached as written: the same calls come back, and then not even the spelling is worked out again.
  const cached = cache.get(dotted);
  if (cached !== undefined) return cached;
  const name = canonicalName(dotted);
  let best: Compiled | null = null;
  for (const rule of [...(byModule.get(name.split(".")[0] ?? name) ?? []), ...wildRoots]) {
    if ((!best || rule.specificity > best.specificity) && rule.re.test(name)) best = rule;
  }
  const hit = best?.hit ?? null;
  cache.set(dotted, hit);
  return hit;
}

/**
 * Class names that say what they are across libraries (`RandomForestClassifier`,
 * `XGBRegressor`, `MinMaxScaler`, `HalvingGridSearchCV`), for when the import is not in view.
 */
const BARE_PATTERNS: readonly (readonly [RegExp, ApiHit])[] = [
  [/^[A-Z]\w*SearchCV$/, { category: "hyperparameter_tuning", weight: 3, pattern: "*SearchCV" }],
  [
    /^[A-Z]\w*(Classifier|Regressor|Regression|Clustering)$/,
    { category: "model_training", weight: 2, pattern: "*Classifier/*Regressor" },
  ],
  // fastai's `Learner` and the wrappers built like it (`DetectionLearner`): a model with its training loop.
  [/^[A-Z]\w*Learner$/, { category: "model_training", weight: 2, pattern: "*Learner" }],
  [
    /^[A-Z]\w*(Scaler|Encoder|Imputer|Vectorizer|Binarizer|Discretizer)$/,
    { category: "data_preparation", weight: 2, pattern: "*Scaler/*Encoder" },
  ],
];

/** A rule for a distinctive bare name such as `train_test_split`, whatever its import. */
export function matchBareName(name: string): ApiHit | null {
  return bare.get(name) ?? BARE_PATTERNS.find(([re]) => re.test(name))?.[1] ?? null;
}

export function conventionalAlias(name: string): string | undefined {
  return CONVENTIONAL_ALIASES[name];
}

/** True when the rules know this top-level module (so `torch.x` means the library even unimported). */
export function isKnownModule(name: string): boolean {
  return byModule.has(name) || wildRootNames.some((re) => re.test(name));
}
