"use client";

import { ChevronDown, ChevronUp, Merge } from "lucide-react";
import { Button } from "@/components/ui/button";
import { GRANULARITIES, type Granularity } from "@/lib/notebook/workflow-steps";

const GRANULARITY_LABELS: Record<Granularity, string> = { coarse: "Coarse", medium: "Medium", fine: "Fine" };

type Props = {
  granularity: Granularity;
  onGranularity: (granularity: Granularity) => void;
  /** Cells under the confidence threshold, in notebook order. */
  flagged: readonly number[];
  onJump: (direction: 1 | -1) => void;
  onlyFlagged: boolean;
  onOnlyFlagged: (only: boolean) => void;
  selected: number;
  onMergeSelected: () => void;
};

/** Above the preview: how big the steps are, the cells that need a look, and bulk merging. */
export function PreviewToolbar(props: Props) {
  const { flagged, selected } = props;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border bg-muted/40 p-2 text-sm">
      <div role="group" aria-label="Step size" className="inline-flex rounded-md border bg-background p-0.5">
        {GRANULARITIES.map((g) => (
          <Button
            key={g}
            type="button"
            size="sm"
            variant={props.granularity === g ? "secondary" : "ghost"}
            aria-pressed={props.granularity === g}
            className="h-7 px-2.5"
            onClick={() => props.onGranularity(g)}
          >
            {GRANULARITY_LABELS[g]}
          </Button>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <span role="status" className={flagged.length ? "font-medium text-amber-700 dark:text-amber-400" : ""}>
          {flagged.length === 0
            ? "Every cell was classified with confidence"
            : `${flagged.length} ${flagged.length === 1 ? "cell needs" : "cells need"} a look`}
        </span>
        {flagged.length > 0 && (
          <>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              className="size-7"
              aria-label="Previous cell that needs a look"
              onClick={() => props.onJump(-1)}
            >
              <ChevronUp className="size-4" aria-hidden="true" />
            </Button>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              className="size-7"
              aria-label="Next cell that needs a look"
              onClick={() => props.onJump(1)}
            >
              <ChevronDown className="size-4" aria-hidden="true" />
            </Button>
            <label className="ml-1 inline-flex items-center gap-1.5 text-xs">
              <input
                type="checkbox"
                checked={props.onlyFlagged}
                onChange={(e) => props.onOnlyFlagged(e.target.checked)}
                className="size-3.5 accent-primary"
              />
              Show only these
            </label>
          </>
        )}
      </div>
      {selected >= 2 && (
        <Button type="button" size="sm" variant="outline" className="ml-auto h-7" onClick={props.onMergeSelected}>
          <Merge className="size-4" aria-hidden="true" /> Merge {selected} selected steps
        </Button>
      )}
    </div>
  );
}
