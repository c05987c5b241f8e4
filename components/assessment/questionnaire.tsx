"use client";

import { ChevronLeft, ChevronRight, Sparkles } from "lucide-react";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { NOT_SURE, type Answers, type QuestionBank, type Suggestions } from "@/lib/assessment/types";
import type { DraftRef } from "@/lib/client/draft-saver";
import { cn } from "@/lib/cn";
import { ConflictNotice } from "./conflict-notice";
import { QuestionItem } from "./question-item";
import { SaveIndicator } from "./save-indicator";
import { SubmitBar } from "./submit-bar";
import { useDraft } from "./use-draft";

type Props = {
  projectId: string;
  resultsBase: string;
  bank: QuestionBank;
  suggestions: Suggestions;
  start: { ref: DraftRef; answers: Answers; savedAt: string | null; savedBy: string | null; startedBy: string | null };
};

/** The questionnaire, one dimension at a time, with the team's draft autosaved as it is answered. */
export function Questionnaire({ projectId, resultsBase, bank, suggestions, start }: Props) {
  const { answers, status, saver, answer, answerMany, resolve } = useDraft(projectId, bank.version, start);
  const [step, setStep] = useState(0);
  const byDimension = useMemo(
    () => bank.dimensions.map((d) => ({ ...d, questions: bank.questions.filter((q) => q.dimension === d.id) })),
    [bank],
  );
  const numbers = useMemo(() => new Map(bank.questions.map((q, i) => [q.id, i + 1])), [bank]);
  const total = bank.questions.length;
  const answered = bank.questions.filter((q) => answers[q.id] !== undefined).length;
  const pendingSuggestions = Object.entries(suggestions).filter(([q]) => answers[q] === undefined);
  const current = byDimension[step]!;
  const blocked = status.kind === "conflict";

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-3">
        <div>
          <p className="text-sm font-medium" id="progress-label">
            {answered} of {total} answered
          </p>
          <progress
            className="mt-1 h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-primary [&::-webkit-progress-bar]:bg-muted [&::-webkit-progress-value]:bg-primary"
            value={answered}
            max={total}
            aria-labelledby="progress-label"
          />
        </div>
        <SaveIndicator status={status} savedBy={status.kind === "saved" ? start.savedBy : null} />
        {start.startedBy && (
          <p className="text-xs text-muted-foreground">Draft started by {start.startedBy}; shared with your team.</p>
        )}
        <nav aria-label="Dimensions">
          <ol className="flex gap-1 overflow-x-auto pb-1 lg:grid lg:overflow-visible">
            {byDimension.map((d, i) => {
              const done = d.questions.filter((q) => answers[q.id] !== undefined).length;
              return (
                <li key={d.id}>
                  <button
                    type="button"
                    onClick={() => setStep(i)}
                    aria-current={i === step ? "step" : undefined}
                    className={cn(
                      "flex w-full items-center justify-between gap-3 whitespace-nowrap rounded-md lg:whitespace-normal px-3 py-1.5 text-left text-sm focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none",
                      i === step
                        ? "bg-accent font-medium text-accent-foreground"
                        : "text-muted-foreground hover:bg-accent/60",
                    )}
                  >
                    <span>{d.label}</span>
                    <span className="text-xs tabular-nums">
                      {done}/{d.questions.length}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </nav>
      </aside>

      <section aria-labelledby="dimension-title" className="grid min-w-0 content-start gap-4">
        {blocked && <ConflictNotice status={status} resultsBase={resultsBase} onResolve={resolve} />}
        {pendingSuggestions.length > 0 && !blocked && (
          <div className="flex flex-wrap items-center gap-3 rounded-lg border border-primary/40 bg-primary/5 p-3 text-sm">
            <Sparkles className="size-4 text-primary" aria-hidden="true" />
            <span>
              {pendingSuggestions.length} answer{pendingSuggestions.length === 1 ? " is" : "s are"} suggested from your
              pipeline. Confirm or change each.
            </span>
            <Button
              size="sm"
              variant="outline"
              className="ml-auto"
              onClick={() => answerMany(Object.fromEntries(pendingSuggestions.map(([q, s]) => [q, s.optionId])))}
            >
              Confirm all suggestions
            </Button>
          </div>
        )}
        <div>
          <h2 id="dimension-title" className="text-xl font-semibold">
            {current.label}
          </h2>
          <p className="text-sm text-muted-foreground">{current.description}</p>
        </div>
        {current.questions.map((q) => (
          <QuestionItem
            key={q.id}
            question={q}
            number={numbers.get(q.id)!}
            value={answers[q.id]}
            suggestion={suggestions[q.id]}
            disabled={blocked}
            onAnswer={answer}
          />
        ))}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Button variant="outline" onClick={() => setStep(step - 1)} disabled={step === 0}>
            <ChevronLeft aria-hidden="true" /> Previous
          </Button>
          {step < byDimension.length - 1 ? (
            <Button variant="outline" onClick={() => setStep(step + 1)}>
              Next: {byDimension[step + 1]!.label} <ChevronRight aria-hidden="true" />
            </Button>
          ) : null}
        </div>
        <SubmitBar
          projectId={projectId}
          resultsBase={resultsBase}
          saver={saver}
          unanswered={total - answered}
          notSure={Object.values(answers).filter((a) => a === NOT_SURE).length}
          disabled={blocked}
        />
      </section>
    </div>
  );
}
