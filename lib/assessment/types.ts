import type { ComponentId } from "../pipeline/components";

// The maturity assessment as the app speaks of it: the question bank, a team's answers and
// the result computed from them. Framework-free; on the wire it is lib/validation/assessments.ts.
// Levels are the public models' own scales (shared/MATURITY-MODELS.md): Microsoft's 0–4 per
// dimension, Google Cloud's 0–2 overall.

export const DIMENSION_IDS = [
  "team_process",
  "data_management",
  "experimentation",
  "code_quality",
  "training_pipeline",
  "model_release",
  "serving",
  "monitoring",
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** Microsoft's "Machine Learning operations maturity model" levels. */
export const MS_LEVELS = [0, 1, 2, 3, 4] as const;
export type MsLevel = (typeof MS_LEVELS)[number];

/** Google Cloud's "MLOps: continuous delivery and automation pipelines" levels. */
export const GOOGLE_LEVELS = [0, 1, 2] as const;
export type GoogleLevel = (typeof GOOGLE_LEVELS)[number];

/**
 * What Google's level 1 and 2 require, each established by some answers (see the bank's
 * `establishes` on options). Level 1: orchestrated training pipeline, data validation, model
 * validation, metadata store, triggers. Level 2 adds pipeline CI/CD and a model registry.
 */
export const GOOGLE_REQUIREMENTS = [
  "orchestrated_pipeline",
  "data_validation",
  "model_validation",
  "metadata_store",
  "pipeline_triggers",
  "pipeline_ci_cd",
  "model_registry",
] as const;
export type GoogleRequirement = (typeof GOOGLE_REQUIREMENTS)[number];

/** The answer a user may always give instead of an option. */
export const NOT_SURE = "not_sure";

/**
 * A next practice as the bank words it: what a team does to move a question's answer up to
 * the option that carries it (lib/assessment/practices.ts picks them from the answers).
 */
export type PracticeText = { title: string; detail: string; components: ComponentId[] };

export type QuestionOption = {
  /** Unique within its question, stable across bank versions while its meaning is. */
  id: string;
  label: string;
  /** The Microsoft level this answer shows for the question's dimension. */
  level: MsLevel;
  /** Google requirements this answer shows are met. */
  establishes?: GoogleRequirement[];
  /** How to get here from the option below; every option but the lowest has one. */
  practice?: PracticeText;
};

export type Question = {
  /** Unique within the bank, e.g. "data.versioning". */
  id: string;
  dimension: DimensionId;
  text: string;
  /** One sentence on what the question means, shown under it. */
  help?: string;
  options: QuestionOption[];
  /** COMPONENTS.md ids this question is about (pre-fill and next practices point at them). */
  components: ComponentId[];
};

export type Dimension = { id: DimensionId; label: string; description: string };

export type QuestionBank = { version: number; dimensions: Dimension[]; questions: Question[] };

/** question id → option id or NOT_SURE; a question not in the map is unanswered. */
export type Answers = Record<string, string>;

/** An answer proposed from the project's pipeline diagram, which the user confirms or changes. */
export type SuggestedAnswer = { optionId: string; reason: string; nodeIds: string[] };
export type Suggestions = Record<string, SuggestedAnswer>;

export type NextPractice = {
  id: string;
  title: string;
  detail: string;
  components: ComponentId[];
  /** The question whose answer made this practice a next step. */
  questionId: string;
};

export type DimensionResult = {
  id: DimensionId;
  label: string;
  level: MsLevel;
  /** 0–1: share of the dimension's questions answered with an option (not "not sure"). */
  confidence: number;
  answered: number;
  notSure: number;
  unanswered: number;
};

export type AssessmentResult = {
  bankVersion: number;
  google: {
    level: GoogleLevel;
    /** One plain paragraph: why this level, which requirement of the next one is missing. */
    explanation: string;
    /** Requirements of the next level not met (empty at level 2). */
    missing: GoogleRequirement[];
    /**
     * Those of `missing` that no answer rules out either: every question that could establish
     * them was left unanswered or answered "not sure". Shown as "we could not tell", not "missing".
     */
    undetermined: GoogleRequirement[];
  };
  dimensions: DimensionResult[];
  /** 0–1 over the whole bank. */
  confidence: number;
  /** The weakest dimensions, weakest first, each with 3–5 next practices that depend on the answers. */
  weakest: { dimension: DimensionId; level: MsLevel; practices: NextPractice[] }[];
};

/** From one assessment to the next; results from different bank versions compare by dimension id. */
export type AssessmentComparison = {
  google: { from: GoogleLevel; to: GoogleLevel; change: number };
  /** Every dimension of either result, in DIMENSION_IDS order; null where a result lacks it. */
  dimensions: {
    id: DimensionId;
    label: string;
    from: MsLevel | null;
    to: MsLevel | null;
    change: number | null;
  }[];
  confidence: { from: number; to: number; change: number };
  /** True when the two results come from different question banks (shown as a caveat). */
  bankChanged: boolean;
};
