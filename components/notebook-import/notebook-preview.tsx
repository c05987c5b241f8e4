"use client";

import { Merge, Scissors } from "lucide-react";
import { memo } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { getStepCategory, phaseOf, STEP_CATEGORIES, type StepCategoryId } from "@/lib/notebook/taxonomy";
import { dominantCategory, type CellCategories, type PreviewStep } from "@/lib/notebook/preview-edits";
import { PHASE_LABELS } from "@/lib/pipeline/labels";
import { CodeBlock } from "./code-block";

export type PreviewCell = { index: number; source: string; confidence: number; signals: string[] };

type Props = {
  steps: PreviewStep[];
  cells: ReadonlyMap<number, PreviewCell>;
  categories: CellCategories;
  onRename: (stepIndex: number, title: string) => void;
  onSplit: (stepIndex: number, position: number) => void;
  onMerge: (stepIndex: number) => void;
  onCategory: (cellIndex: number, category: StepCategoryId) => void;
};

/** The steps the import will add, each with its cells: re-label a cell, split or merge steps. */
export function NotebookPreview({ steps, cells, categories, onRename, onSplit, onMerge, onCategory }: Props) {
  return (
    <ol className="grid gap-3" aria-label="Steps to add">
      {steps.map((step, stepIndex) => {
        const category = dominantCategory(step.cellIndexes, categories);
        const phase = phaseOf(category);
        return (
          <li key={`${stepIndex}-${step.cellIndexes[0]}`} className="rounded-lg border bg-card p-3">
            <div className="flex flex-wrap items-center gap-2">
              <label className="sr-only" htmlFor={`step-title-${stepIndex}`}>
                Title of step {stepIndex + 1}
              </label>
              <Input
                id={`step-title-${stepIndex}`}
                defaultValue={step.title}
                maxLength={200}
                onBlur={(e) => e.target.value !== step.title && onRename(stepIndex, e.target.value)}
                className="h-8 min-w-48 flex-1 font-medium"
              />
              <Badge variant="secondary">{getStepCategory(category).label}</Badge>
              <Badge variant="outline">{PHASE_LABELS[phase].title}</Badge>
              {stepIndex > 0 && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  onClick={() => onMerge(stepIndex)}
                  aria-label={`Merge step ${stepIndex + 1} with the step before`}
                >
                  <Merge className="size-4" aria-hidden="true" /> Merge up
                </Button>
              )}
            </div>
            <ul className="mt-2 grid gap-2">
              {step.cellIndexes.map((cellIndex, position) => (
                <CellRow
                  key={cellIndex}
                  cell={cells.get(cellIndex)}
                  cellIndex={cellIndex}
                  category={categories.get(cellIndex) ?? "other"}
                  onCategory={onCategory}
                  onSplit={position > 0 ? () => onSplit(stepIndex, position) : undefined}
                />
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

const CellRow = memo(function CellRow(props: {
  cell: PreviewCell | undefined;
  cellIndex: number;
  category: StepCategoryId;
  onCategory: (cellIndex: number, category: StepCategoryId) => void;
  onSplit?: () => void;
}) {
  const { cell, cellIndex, category } = props;
  const firstLine = cell?.source.split("\n").find((l) => l.trim()) ?? "(empty cell)";
  return (
    <li className="rounded-md border bg-background p-2 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-xs text-muted-foreground">Cell {cellIndex + 1}</span>
        <label className="sr-only" htmlFor={`cell-category-${cellIndex}`}>
          Category of cell {cellIndex + 1}
        </label>
        <select
          id={`cell-category-${cellIndex}`}
          value={category}
          onChange={(e) => props.onCategory(cellIndex, e.target.value as StepCategoryId)}
          className="h-7 rounded-md border border-input bg-background px-2 text-xs focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {STEP_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        {cell && <span className="text-xs text-muted-foreground">{Math.round(cell.confidence * 100)}% sure</span>}
        {props.onSplit && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="ml-auto h-7"
            onClick={props.onSplit}
            aria-label={`Start a new step at cell ${cellIndex + 1}`}
          >
            <Scissors className="size-3.5" aria-hidden="true" /> Split here
          </Button>
        )}
      </div>
      {cell && cell.signals.length > 0 && (
        <p className="mt-1 text-xs text-muted-foreground">
          {cell.signals.slice(0, 3).map((s, i) => (
            <span key={i} className="mr-2 inline-block">
              {s}
            </span>
          ))}
        </p>
      )}
      <details className="mt-1">
        <summary className="cursor-pointer truncate font-mono text-xs text-muted-foreground">{firstLine}</summary>
        {cell && <CodeBlock source={cell.source} />}
      </details>
    </li>
  );
});
