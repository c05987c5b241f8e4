import type { GoogleLevel, GoogleRequirement } from "./types";

// Google Cloud's overall level, by explicit rules and never an average: level 1 iff every
// level-1 requirement is established by some answer; level 2 iff, on top of that, CI/CD of
// the pipeline's own code and a model registry are. Having the level-2 extras without level 1
// is still level 0: Google's level 2 is automation of an existing automated pipeline.

export const LEVEL_1_REQUIREMENTS: readonly GoogleRequirement[] = [
  "orchestrated_pipeline",
  "data_validation",
  "model_validation",
  "metadata_store",
  "pipeline_triggers",
];
export const LEVEL_2_REQUIREMENTS: readonly GoogleRequirement[] = ["pipeline_ci_cd", "model_registry"];

export function googleLevel(established: ReadonlySet<GoogleRequirement>): {
  level: GoogleLevel;
  /** What the next level needs and is not established, in the order above. */
  missing: GoogleRequirement[];
} {
  const lacking = (reqs: readonly GoogleRequirement[]) => reqs.filter((r) => !established.has(r));
  const missing1 = lacking(LEVEL_1_REQUIREMENTS);
  if (missing1.length > 0) return { level: 0, missing: missing1 };
  const missing2 = lacking(LEVEL_2_REQUIREMENTS);
  if (missing2.length > 0) return { level: 1, missing: missing2 };
  return { level: 2, missing: [] };
}
