import type { AssessmentComparison } from "@/lib/assessment/types";
import type { TAssessment, TAssessmentSummary } from "@/lib/validation/assessment-records";
import type { TChoice } from "@/lib/validation/choices";
import { AssessmentDelta } from "./assessment-delta";
import { DimensionRadar } from "./dimension-radar";
import { DimensionTable } from "./dimension-table";
import { HistoryList } from "./history-list";
import { LevelSummary } from "./level-summary";
import { ModelCitations } from "./model-citations";
import { NextPractices } from "./next-practices";
import { shortDate } from "./time-ago";
import { TrendChart, type TrendPoint } from "./trend-chart";

type Props = {
  projectId: string;
  base: string;
  assessment: TAssessment & { result: NonNullable<TAssessment["result"]> };
  previous: TAssessment | null;
  comparison: AssessmentComparison | null;
  history: TAssessmentSummary[];
  choices: TChoice[];
  canChoose: boolean;
};

/** A submitted assessment's results (read-only): level, radar, next practices, change, trend, history. */
export function ResultsView({ projectId, base, assessment, previous, comparison, history, choices, canChoose }: Props) {
  const { result } = assessment;
  const suggestedKept = Object.entries(assessment.suggestions).filter(
    ([q, s]) => assessment.answers[q] === s.optionId,
  ).length;
  const trend: TrendPoint[] = [...history].reverse().map((h, i) => ({
    label: `#${i + 1}`,
    google: h.googleLevel ?? 0,
    average: Math.round((h.dimensions.reduce((n, d) => n + d.level, 0) / Math.max(1, h.dimensions.length)) * 10) / 10,
  }));
  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground" suppressHydrationWarning>
        Submitted {assessment.submittedAt && shortDate(assessment.submittedAt)} by{" "}
        {assessment.submittedBy?.name ?? "a former member"}
        {suggestedKept > 0 && ` · ${suggestedKept} answers suggested from your pipeline`} · question bank v
        {assessment.bankVersion}
      </p>
      <LevelSummary result={result} />
      <section aria-labelledby="radar-title" className="grid gap-4 rounded-xl border p-4 lg:grid-cols-2">
        <h2 id="radar-title" className="font-semibold lg:col-span-2">
          Dimensions
        </h2>
        <DimensionRadar
          dimensions={result.dimensions}
          previous={previous?.result?.dimensions.map((d) => ({ id: d.id, level: d.level }))}
        />
        <DimensionTable dimensions={result.dimensions} />
      </section>
      {comparison && <AssessmentDelta comparison={comparison} />}
      <NextPractices
        projectId={projectId}
        result={result}
        dimensions={assessment.bank.dimensions}
        choices={choices}
        canChoose={canChoose}
      />
      {trend.length >= 2 && (
        <section aria-labelledby="trend-title" className="rounded-xl border p-4">
          <h2 id="trend-title" className="font-semibold">
            Trend
          </h2>
          <TrendChart points={trend} />
        </section>
      )}
      <HistoryList items={history} base={base} currentId={assessment.id} />
      <ModelCitations />
    </div>
  );
}
