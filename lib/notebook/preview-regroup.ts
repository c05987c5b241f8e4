import type { PreviewStep } from "./preview-edits";

// Switching the preview's granularity re-groups the notebook from scratch, which used to drop
// every merge, split, rename and skip the user had made. Here those edits are read back as
// operations on cells — the difference between the steps shown and the grouping they started
// from — and re-applied to the new grouping: "cell 12 starts a step", "cell 30 joins the step
// before it", "cells 40–44 are skipped", "the step starting at cell 12 is called …". A rename
// whose cell no longer starts a step cannot be placed; it is named in `lost`, for the preview
// to ask before discarding it.

/** The user's edits, relative to the grouping they started from. */
export type PreviewCellEdits = {
  /** Cells the user made start a step (a split), or stop starting one (every later cell of a merged step). */
  starts: ReadonlyMap<number, boolean>;
  /** Cells whose skipped state the user changed, and to what. */
  skipped: ReadonlyMap<number, boolean>;
  /** Titles the user gave, by the step's first cell. */
  titles: ReadonlyMap<number, string>;
};

/** What the user changed in `current` relative to `base` (the grouping `current` was edited from). */
export function previewCellEdits(base: readonly PreviewStep[], current: readonly PreviewStep[]): PreviewCellEdits {
  const baseStarts = startTitles(base);
  const currentStarts = startTitles(current);
  const starts = new Map<number, boolean>();
  for (const cell of currentStarts.keys()) if (!baseStarts.has(cell)) starts.set(cell, true);
  for (const cell of baseStarts.keys()) if (!currentStarts.has(cell)) starts.set(cell, false);
  // A step merged from several keeps all its cells together, whatever the new grouping's cuts.
  const stepOfCell = new Map(base.flatMap((s, i) => s.cellIndexes.map((cell) => [cell, i] as const)));
  for (const step of current) {
    const spans = new Set(step.cellIndexes.map((cell) => stepOfCell.get(cell)));
    if (spans.size > 1) for (const cell of step.cellIndexes.slice(1)) starts.set(cell, false);
  }
  const titles = new Map<number, string>();
  for (const [cell, title] of currentStarts) if (baseStarts.get(cell) !== title) titles.set(cell, title);
  const baseSkipped = skippedByCell(base);
  const skipped = new Map<number, boolean>();
  for (const [cell, on] of skippedByCell(current)) if ((baseSkipped.get(cell) ?? false) !== on) skipped.set(cell, on);
  return { starts, skipped, titles };
}

/** No edits at all: nothing to carry, nothing to warn about. */
export function hasPreviewEdits(edits: PreviewCellEdits): boolean {
  return edits.starts.size + edits.skipped.size + edits.titles.size > 0;
}

/**
 * `grouping` (a fresh re-grouping) with `edits` applied: splits and merges first, then each
 * step whose cells differ in skipped state is split where the state changes (so a skip covers
 * exactly the cells the user skipped), then titles. `lost` names what could not be placed.
 */
export function applyPreviewCellEdits(
  grouping: readonly PreviewStep[],
  edits: PreviewCellEdits,
): { steps: PreviewStep[]; lost: string[] } {
  const lost: string[] = [];
  const present = new Set(grouping.flatMap((s) => s.cellIndexes));
  for (const [cell, title] of edits.titles) if (!present.has(cell)) lost.push(`the title “${title}”`);

  let steps = withStarts(grouping, edits.starts);
  steps = steps.flatMap((step) => splitBySkip(step, edits.skipped));
  const byStart = new Map(steps.map((s, i) => [s.cellIndexes[0]!, i]));
  steps = steps.map((s) => {
    const title = edits.titles.get(s.cellIndexes[0]!);
    return title === undefined ? s : { ...s, title };
  });
  for (const [cell, title] of edits.titles)
    if (present.has(cell) && !byStart.has(cell)) lost.push(`the title “${title}”`);
  return { steps, lost };
}

/** Re-applies the edits of `current` (edited from `base`) to `next`, a re-grouping of the same notebook. */
export function carryPreviewEdits(
  base: readonly PreviewStep[],
  current: readonly PreviewStep[],
  next: readonly PreviewStep[],
): { steps: PreviewStep[]; lost: string[] } {
  return applyPreviewCellEdits(next, previewCellEdits(base, current));
}

function startTitles(steps: readonly PreviewStep[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const step of steps) if (step.cellIndexes.length > 0) out.set(step.cellIndexes[0]!, step.title);
  return out;
}

function skippedByCell(steps: readonly PreviewStep[]): Map<number, boolean> {
  const out = new Map<number, boolean>();
  for (const step of steps) for (const cell of step.cellIndexes) out.set(cell, step.skipped ?? false);
  return out;
}

/** Splits where `starts` says a cell starts a step, and joins where it says one does not. */
function withStarts(grouping: readonly PreviewStep[], starts: ReadonlyMap<number, boolean>): PreviewStep[] {
  const out: PreviewStep[] = [];
  for (const step of grouping) {
    step.cellIndexes.forEach((cell, position) => {
      const first = position === 0;
      const start = starts.get(cell) ?? first;
      const last = out[out.length - 1];
      if (!start && last) {
        last.cellIndexes.push(cell);
        // A join keeps the earlier title; the two are skipped only if both were.
        if (first) last.skipped = (last.skipped ?? false) && (step.skipped ?? false);
        return;
      }
      out.push({
        title: first ? step.title : `${step.title} (${cell})`,
        cellIndexes: [cell],
        ...(step.skipped && { skipped: true }),
      });
    });
  }
  return out;
}

/** The step, or its runs of cells with one skipped state each, the later runs titled as continuations. */
function splitBySkip(step: PreviewStep, overrides: ReadonlyMap<number, boolean>): PreviewStep[] {
  const runs: PreviewStep[] = [];
  for (const cell of step.cellIndexes) {
    const skipped = overrides.get(cell) ?? step.skipped ?? false;
    const last = runs[runs.length - 1];
    if (last && (last.skipped ?? false) === skipped) last.cellIndexes.push(cell);
    else
      runs.push({
        title: last ? `${step.title} (${cell})` : step.title,
        cellIndexes: [cell],
        ...(skipped && { skipped }),
      });
  }
  return runs;
}
