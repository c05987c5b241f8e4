import { Badge } from "@/components/ui/badge";
import type { AssessmentResult, GoogleRequirement } from "@/lib/assessment/types";

const GOOGLE_NAMES = ["Manual process", "ML pipeline automation", "CI/CD pipeline automation"] as const;

export const REQUIREMENT_LABELS: Record<GoogleRequirement, string> = {
  orchestrated_pipeline: "an orchestrated, repeatable training pipeline",
  data_validation: "automated data validation",
  model_validation: "automated model validation",
  metadata_store: "a metadata store (runs, parameters, lineage)",
  pipeline_triggers: "triggers that retrain the pipeline",
  pipeline_ci_cd: "CI/CD of the pipeline's own code",
  model_registry: "a model registry",
};

/** The overall Google Cloud level, large, with its explanation and the result's confidence. */
export function LevelSummary({ result }: { result: AssessmentResult }) {
  const { level, explanation, missing, undetermined = [] } = result.google;
  return (
    <section aria-labelledby="level-title" className="rounded-xl border bg-card p-5">
      <h2 id="level-title" className="text-sm font-medium text-muted-foreground">
        Overall level (Google Cloud MLOps levels 0–2)
      </h2>
      <p className="mt-1 flex flex-wrap items-baseline gap-3">
        <span className="text-5xl font-bold tabular-nums" data-testid="google-level">
          {level}
        </span>
        <span className="text-xl font-semibold">{GOOGLE_NAMES[level]}</span>
        <Badge variant="secondary" title="Share of questions answered with an option (not “not sure”)">
          Confidence {Math.round(result.confidence * 100)}%
        </Badge>
      </p>
      <p className="mt-3 max-w-prose">{explanation}</p>
      {missing.length > 0 && (
        <div className="mt-3 text-sm">
          <p className="font-medium">For level {level + 1}, still missing:</p>
          <ul className="mt-1 list-disc pl-5">
            {missing.map((r) => (
              <li key={r}>
                {REQUIREMENT_LABELS[r]}
                {undetermined.includes(r) && (
                  <span className="text-muted-foreground"> (we could not tell from your answers)</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
