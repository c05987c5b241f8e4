import type { Phase } from "../pipeline/types";

// The notebook cell taxonomy (shared/corpus/TAXONOMY.md), copied so the app never reads
// files outside its own tree: what a cell of a notebook does. It is the vocabulary of
// notebook steps; the MLOps components a pipeline is built from are lib/pipeline/components.ts.
// Ids are stored in the database (a step node's category): rename one only with a data migration.

/** The code-cell categories; `documentation` (markdown and raw cells) never becomes a step. */
export const STEP_CATEGORY_IDS = [
  "setup",
  "data_ingestion",
  "data_exploration",
  "data_preparation",
  "feature_engineering",
  "model_training",
  "hyperparameter_tuning",
  "model_evaluation",
  "model_export",
  "serving",
  "testing",
  "deployment",
  "monitoring",
  "other",
] as const;
export type StepCategoryId = (typeof STEP_CATEGORY_IDS)[number];

/** A TAXONOMY category: one of the step categories, or `documentation` for markdown/raw. */
export type CellCategory = StepCategoryId | "documentation";

type StepCategory = { id: StepCategoryId; label: string; description: string; defaultPhase: Phase };

export const STEP_CATEGORIES: readonly StepCategory[] = [
  {
    id: "setup",
    label: "Setup",
    description: "Imports libraries, installs packages, sets config, seeds, constants, paths",
    defaultPhase: "ML",
  },
  {
    id: "data_ingestion",
    label: "Data ingestion",
    description: "Loads raw data from files, databases, APIs, downloads",
    defaultPhase: "ML",
  },
  {
    id: "data_exploration",
    label: "Data exploration",
    description: "Inspects or visualises data to understand it",
    defaultPhase: "ML",
  },
  {
    id: "data_preparation",
    label: "Data preparation",
    description: "Cleans and transforms data for modelling",
    defaultPhase: "ML",
  },
  {
    id: "feature_engineering",
    label: "Feature engineering",
    description: "Creates or selects features",
    defaultPhase: "ML",
  },
  { id: "model_training", label: "Model training", description: "Defines and fits models", defaultPhase: "ML" },
  {
    id: "hyperparameter_tuning",
    label: "Hyper-parameter tuning",
    description: "Searches hyper-parameters",
    defaultPhase: "ML",
  },
  {
    id: "model_evaluation",
    label: "Model evaluation",
    description: "Measures and inspects model quality",
    defaultPhase: "ML",
  },
  {
    id: "model_export",
    label: "Model export",
    description: "Saves, serialises, registers or logs models and artifacts",
    defaultPhase: "ML",
  },
  {
    id: "serving",
    label: "Serving",
    description: "Exposes a model to others: an API, an app, a batch scoring job",
    defaultPhase: "DEV",
  },
  { id: "testing", label: "Testing", description: "Checks code or data with assertions or tests", defaultPhase: "DEV" },
  {
    id: "deployment",
    label: "Deployment",
    description: "Builds, ships or scales the model service",
    defaultPhase: "PROD",
  },
  {
    id: "monitoring",
    label: "Monitoring",
    description: "Watches a deployed model or data in production",
    defaultPhase: "PROD",
  },
  {
    id: "other",
    label: "Other",
    description: "None of the above: utility helpers, prints, scratch work",
    defaultPhase: "ML",
  },
];

const categoryById = new Map(STEP_CATEGORIES.map((c) => [c.id, c]));

export function isStepCategory(value: unknown): value is StepCategoryId {
  return typeof value === "string" && categoryById.has(value as StepCategoryId);
}

export function getStepCategory(id: StepCategoryId): StepCategory {
  const found = categoryById.get(id);
  if (!found) throw new Error(`Unknown step category ${id}`);
  return found;
}

/** TAXONOMY's default phase: serving/testing → DEV, deployment/monitoring → PROD, the rest ML. */
export function phaseOf(category: CellCategory): Phase {
  return category === "documentation" ? "ML" : getStepCategory(category).defaultPhase;
}

/** Stages in TAXONOMY order. A tie between two categories goes to the later one; `other` never wins a tie. */
const STAGE_RANK: ReadonlyMap<StepCategoryId, number> = new Map(
  STEP_CATEGORY_IDS.map((id, i): [StepCategoryId, number] => [id, id === "other" ? 0 : i + 1]),
);

export function stageRank(category: StepCategoryId): number {
  return STAGE_RANK.get(category) ?? 0;
}

/**
 * A step's category, from its cells': the most frequent, where `other` counts only when there
 * is nothing else (a helper or a print joins a step without changing what it does) and `setup`
 * only when there is nothing but setup and other (imports and constants folded into a stage
 * do not make it a setup step); ties go to the later stage. The analysis, the import preview
 * and the import itself all use this.
 */
export function stepCategoryOf(cellCategories: Iterable<StepCategoryId>): StepCategoryId {
  const counts = new Map<StepCategoryId, number>();
  for (const c of cellCategories) counts.set(c, (counts.get(c) ?? 0) + 1);
  return stepCategoryOfCounts(counts);
}

/** The same rule from how many cells have each category (a step that grows keeps counts, not lists). */
export function stepCategoryOfCounts(counts: ReadonlyMap<StepCategoryId, number>): StepCategoryId {
  // Counted in place, no lists: the step grouping asks this for every step, often.
  let kinds = 0;
  for (const [c, n] of counts) if (c !== "other" && n > 0) kinds++;
  let best: StepCategoryId = "other";
  let bestCount = 0;
  for (const [c, n] of counts) {
    if (c === "other" || n <= 0 || (kinds > 1 && c === "setup")) continue;
    if (n > bestCount || (n === bestCount && stageRank(c) > stageRank(best))) {
      best = c;
      bestCount = n;
    }
  }
  return best;
}

/** Categories whose work produces data or models that later cells build on. */
export const MODEL_STAGES: ReadonlySet<StepCategoryId> = new Set([
  "model_training",
  "hyperparameter_tuning",
  "model_evaluation",
  "model_export",
  "serving",
  "deployment",
  "monitoring",
]);
