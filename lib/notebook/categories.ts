import { getStepCategory, isStepCategory, STEP_CATEGORY_IDS } from "../pipeline/catalog";
import type { CellCategory, Phase, StepCategoryId } from "./types";

// The TAXONOMY's categories come from the pipeline catalog (one vocabulary for the app);
// this adds what the classifier needs: the order of stages for ties, phases and labels.

/** Stages in TAXONOMY order. A tie between two categories goes to the later one; `other` never wins a tie. */
const STAGE_RANK: ReadonlyMap<StepCategoryId, number> = new Map(
  STEP_CATEGORY_IDS.map((id, i): [StepCategoryId, number] => [id, id === "other" ? 0 : i + 1]),
);

export function stageRank(category: StepCategoryId): number {
  return STAGE_RANK.get(category) ?? 0;
}

export function isCellCategory(value: unknown): value is CellCategory {
  return value === "documentation" || isStepCategory(value);
}

/** TAXONOMY's default phase: serving/testing → DEV, deployment/monitoring → PROD, the rest ML. */
export function phaseOf(category: CellCategory): Phase {
  return category === "documentation" ? "ML" : getStepCategory(category).defaultPhase;
}

export function categoryLabel(category: CellCategory): string {
  return category === "documentation" ? "Documentation" : getStepCategory(category).label;
}

/** Categories whose work produces data or models that later cells build on. */
export const MODEL_STAGES: ReadonlySet<StepCategoryId> = new Set([
  "model_training", "hyperparameter_tuning", "model_evaluation", "model_export", "serving", "deployment", "monitoring",
]);

export { STEP_CATEGORY_IDS };
export type { StepCategoryId };
