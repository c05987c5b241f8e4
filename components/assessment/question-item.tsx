"use client";

import { Check, Sparkles } from "lucide-react";
import { memo } from "react";
import { Button } from "@/components/ui/button";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { NOT_SURE, type Question, type SuggestedAnswer } from "@/lib/assessment/types";
import { cn } from "@/lib/cn";

type Props = {
  question: Question;
  number: number;
  value: string | undefined;
  suggestion: SuggestedAnswer | undefined;
  disabled?: boolean;
  onAnswer: (questionId: string, optionId: string) => void;
};

/**
 * One question: a radio group (one Tab stop; arrow keys move within it) with "Not sure"
 * last. A suggestion from the pipeline is marked until the user confirms it or answers
 * otherwise; it is never an answer by itself.
 */
export const QuestionItem = memo(function QuestionItem({
  question,
  number,
  value,
  suggestion,
  disabled,
  onAnswer,
}: Props) {
  const labelId = `q-${question.id}-label`;
  const pending = suggestion && value === undefined;
  const suggestedLabel = suggestion && question.options.find((o) => o.id === suggestion.optionId)?.label;
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={cn("rounded-lg border p-4", pending && "border-primary/60 bg-primary/5")}
      data-question={question.id}
    >
      <p id={labelId} className="font-medium">
        <span className="text-muted-foreground">{number}. </span>
        {question.text}
      </p>
      {question.help && <p className="mt-1 text-sm text-muted-foreground">{question.help}</p>}
      {suggestion && (
        <div className="mt-3 flex flex-wrap items-center gap-2 rounded-md bg-muted px-3 py-2 text-sm">
          <Sparkles className="size-4 shrink-0 text-primary" aria-hidden="true" />
          <span className="font-medium">Suggested from your pipeline:</span>
          <span>{suggestedLabel}</span>
          <span className="basis-full text-muted-foreground sm:basis-auto">— {suggestion.reason}</span>
          {pending && !disabled && (
            <Button
              size="sm"
              variant="outline"
              className="ml-auto"
              onClick={() => onAnswer(question.id, suggestion.optionId)}
              aria-label={`Confirm the suggestion for question ${number}`}
            >
              <Check aria-hidden="true" /> Confirm
            </Button>
          )}
          {value === suggestion.optionId && <span className="ml-auto text-xs text-muted-foreground">Confirmed</span>}
        </div>
      )}
      <RadioGroup
        aria-labelledby={labelId}
        value={value ?? ""}
        onValueChange={(optionId) => onAnswer(question.id, optionId)}
        disabled={disabled}
        className="mt-3"
      >
        {[...question.options, { id: NOT_SURE, label: "Not sure" }].map((option) => {
          const id = `q-${question.id}-${option.id}`;
          const suggested = pending && option.id === suggestion.optionId;
          return (
            <label
              key={option.id}
              htmlFor={id}
              className={cn(
                "flex cursor-pointer items-start gap-3 rounded-md px-2 py-1.5 hover:bg-accent has-[[data-state=checked]]:bg-accent",
                option.id === NOT_SURE && "text-muted-foreground",
                suggested && "ring-1 ring-primary/60",
              )}
            >
              <RadioGroupItem id={id} value={option.id} className="mt-0.5" />
              <span className="text-sm">
                {option.label}
                {suggested && <span className="ml-2 text-xs font-medium text-primary">(suggested)</span>}
              </span>
            </label>
          );
        })}
      </RadioGroup>
    </div>
  );
});
