"use client";

import { CircleAlert, EyeOff, Layers, Merge, Scissors } from "lucide-react";
import { memo } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { needsReview } from "@/lib/notebook/confidence";
import { getStepCategory, phaseOf, STEP_CATEGORIES, type StepCategoryId } from "@/lib/notebook/taxonomy";
import { isAsideSection } from "@/lib/notebook/workflow-steps";
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
  /** The steps of the same section around each step ([from, to]); a longer run can be merged whole. */
  sectionRunOf: (stepIndex: number) => [number, number];
  onMergeSection: (stepIndex: number) => void;
  onSkip: (stepIndex: number, skipped: boolean) => void;
  sectionOf: (cellIndex: number) => string | null;
  selected: ReadonlySet<number>;
  onSelect: (stepIndex: number, selected: boolean) => void;
  /** Show only the cells that need a look. */
  onlyFlagged: boolean;
};

/** The steps the import will add, each with its cells: re-label a cell, split, merge or skip steps. */
export function NotebookPreview(props: Props) {
  const { steps, cells, categories, onRename, onSplit, onMerge, onCategory } = props;
  return (
    <ol className="grid grid-cols-1 gap-3" aria-label="Steps to add">
      {steps.map((step, stepIndex) => {
        const category = dominantCategory(step.cellIndexes, categories);
        const phase = phaseOf(category);
        const [from, to] = props.sectionRunOf(stepIndex);
        const aside = isAsideSection(props.sectionOf(step.cellIndexes[0] ?? -1));
        const shown = props.onlyFlagged
          ? step.cellIndexes.filter((i) => needsReview(cells.get(i)?.confidence ?? 1))
          : step.cellIndexes;
        return (
          <li
            // The title too: the input is uncontrolled, and a re-grouping can give this place another title.
            key={`${stepIndex}-${step.cellIndexes[0]}-${step.title}`}
            className={`min-w-0 rounded-lg border bg-card p-3 ${step.skipped ? "opacity-60" : ""}`}
            data-skipped={step.skipped ? "" : undefined}
          >
            <div className="flex flex-wrap items-center gap-2">
              <input
                type="checkbox"
                aria-label={`Select step ${stepIndex + 1}`}
                checked={props.selected.has(stepIndex)}
                onChange={(e) => props.onSelect(stepIndex, e.target.checked)}
                className="size-4 accent-primary"
              />
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
              {step.skipped && <Badge variant="outline">Not imported</Badge>}
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
              {to > from && (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  onClick={() => props.onMergeSection(stepIndex)}
                  aria-label={`Merge the ${to - from + 1} steps of step ${stepIndex + 1}'s section`}
                >
                  <Layers className="size-4" aria-hidden="true" /> Merge section
                </Button>
              )}
              <Button
                type="button"
                variant={aside && !step.skipped ? "outline" : "ghost"}
                size="sm"
                onClick={() => props.onSkip(stepIndex, !step.skipped)}
                aria-label={step.skipped ? `Import step ${stepIndex + 1}` : `Skip step ${stepIndex + 1}`}
                title={aside && !step.skipped ? "This section looks like exercises or scratch work" : undefined}
              >
                <EyeOff className="size-4" aria-hidden="true" /> {step.skipped ? "Import" : "Skip"}
              </Button>
            </div>
            <ul className="mt-2 grid grid-cols-1 gap-2">
              {shown.map((cellIndex) => (
                <CellRow
                  key={cellIndex}
                  cell={cells.get(cellIndex)}
                  cellIndex={cellIndex}
                  category={categories.get(cellIndex) ?? "other"}
                  onCategory={onCategory}
                  onSplit={
                    step.cellIndexes.indexOf(cellIndex) > 0
                      ? () => onSplit(stepIndex, step.cellIndexes.indexOf(cellIndex))
                      : undefined
                  }
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
  const flagged = cell ? needsReview(cell.confidence) : false;
  return (
    <li
      className={`min-w-0 rounded-md border bg-background p-2 text-sm ${flagged ? "border-amber-500/60 bg-amber-500/5" : ""}`}
      data-needs-look={flagged ? "" : undefined}
    >
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
        {flagged && (
          <span className="inline-flex items-center gap-1 text-xs font-medium text-amber-700 dark:text-amber-400">
            <CircleAlert className="size-3.5" aria-hidden="true" /> Needs a look
          </span>
        )}
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
