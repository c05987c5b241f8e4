import { LEVEL_1_REQUIREMENTS, LEVEL_2_REQUIREMENTS } from "./google-level";
import type { GoogleLevel, GoogleRequirement } from "./types";

// The one-paragraph "why" under the Google level, in a data scientist's words: what is in
// place, what the next level still needs, and what we could not tell from the answers.

const NEEDS: Record<GoogleRequirement, string> = {
  orchestrated_pipeline:
    "an orchestrated training pipeline that runs every step from data to evaluated model without anyone running it by hand",
  data_validation: "automatic data checks in the training pipeline that stop it on bad data",
  model_validation: "an automatic check that a new model is better than the current one before it replaces it",
  metadata_store: "a record of every run's parameters, metrics, code and data versions (a metadata store)",
  pipeline_triggers: "triggers that start retraining by themselves (a schedule, new data, or a drop in quality)",
  pipeline_ci_cd: "CI/CD for the pipeline's own code, so a change to it is tested and deployed automatically",
  model_registry: "a model registry that keeps every released model as a version",
};

const SHORT: Record<GoogleRequirement, string> = {
  orchestrated_pipeline: "an orchestrated training pipeline",
  data_validation: "automated data validation",
  model_validation: "automated model validation",
  metadata_store: "a metadata store",
  pipeline_triggers: "retraining triggers",
  pipeline_ci_cd: "CI/CD of the pipeline's code",
  model_registry: "a model registry",
};

const NAMES: Record<GoogleLevel, string> = {
  0: "level 0 (manual process)",
  1: "level 1 (ML pipeline automation)",
  2: "level 2 (CI/CD pipeline automation)",
};

export function requirementLabel(requirement: GoogleRequirement): string {
  return SHORT[requirement];
}

export function explainGoogleLevel(input: {
  level: GoogleLevel;
  established: ReadonlySet<GoogleRequirement>;
  missing: readonly GoogleRequirement[];
  undetermined: readonly GoogleRequirement[];
  answered: number;
  total: number;
  /** Labels of dimensions with no question answered with an option. */
  emptyDimensions: readonly string[];
}): string {
  const { level, established, missing, undetermined, answered, total, emptyDimensions } = input;
  const parts: string[] = [`By Google Cloud's MLOps levels this project is at ${NAMES[level]}.`];
  const met = [...LEVEL_1_REQUIREMENTS, ...LEVEL_2_REQUIREMENTS].filter((r) => established.has(r));
  const known = missing.filter((r) => !undetermined.includes(r));

  if (level === 2) {
    parts.push(
      "Training runs as an orchestrated pipeline with data and model validation, a metadata store and triggers, and the pipeline's own code goes through CI/CD with models kept in a registry.",
      "The dimension levels below show where individual practices still lag.",
    );
  } else {
    // "By hand" only when the answers say so, not when they are missing.
    if (met.length === 0 && undetermined.length === 0)
      parts.push("Training, validation and release are still done by hand.");
    else if (met.length > 0) parts.push(`Already in place: ${list(met.map(requirementLabel))}.`);
    if (known.length > 0)
      parts.push(`To reach ${NAMES[(level + 1) as GoogleLevel]} it still needs ${list(known.map((r) => NEEDS[r]))}.`);
    if (undetermined.length > 0)
      parts.push(
        `We could not tell whether it has ${list(undetermined.map(requirementLabel))}: the questions about ${undetermined.length === 1 ? "it" : "them"} were answered "not sure" or left open, so ${undetermined.length === 1 ? "it counts" : "they count"} as not yet shown.`,
      );
    const early = LEVEL_2_REQUIREMENTS.filter((r) => established.has(r));
    if (level === 0 && early.length > 0)
      parts.push(
        `What level 2 adds and is already here (${list(early.map(requirementLabel))}) will count once level 1 is reached.`,
      );
  }
  if (answered < total) parts.push(`This rests on ${answered} of ${total} questions answered with an option.`);
  if (emptyDimensions.length > 0) {
    const one = emptyDimensions.length === 1;
    parts.push(
      `Nothing was answered for ${list([...emptyDimensions])}, so ${one ? "it shows" : "they show"} level 0 with no confidence until ${one ? "its" : "their"} questions are answered.`,
    );
  }
  return parts.join(" ");
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
