"use client";

import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { PHASE_LABELS, STAGE_LABELS } from "@/lib/pipeline/labels";
import { PHASES, STAGES } from "@/lib/pipeline/types";
import type { TRecommendationFilters } from "@/lib/validation/recommendation-filters";

const ALL = "all";

/** Phase, stage, open source only, managed only; each change becomes the page's URL (see use-filter-params.ts). */
export function RecommendationFilters({
  filters,
  onChange,
}: {
  filters: TRecommendationFilters;
  onChange: (next: TRecommendationFilters) => void;
}) {
  const set = (patch: Partial<TRecommendationFilters>) => onChange({ ...filters, ...patch });
  return (
    <div role="group" aria-label="Filters" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1">
        <Label htmlFor="filter-phase">Phase</Label>
        <Select
          value={filters.phase ?? ALL}
          onValueChange={(v) => set({ phase: v === ALL ? undefined : (v as TRecommendationFilters["phase"]) })}
        >
          <SelectTrigger id="filter-phase" className="w-36">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All phases</SelectItem>
            {PHASES.map((p) => (
              <SelectItem key={p} value={p}>
                {PHASE_LABELS[p].title} · {PHASE_LABELS[p].subtitle}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="filter-stage">Stage</Label>
        <Select
          value={filters.stage ?? ALL}
          onValueChange={(v) => set({ stage: v === ALL ? undefined : (v as TRecommendationFilters["stage"]) })}
        >
          <SelectTrigger id="filter-stage" className="w-44">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All stages</SelectItem>
            {STAGES.map((s) => (
              <SelectItem key={s} value={s}>
                {STAGE_LABELS[s]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <Toggle
        pressed={filters.licence === "open_source"}
        onPressedChange={(on) => set({ licence: on ? "open_source" : undefined })}
      >
        Open source only
      </Toggle>
      <Toggle
        pressed={filters.hosting === "managed"}
        onPressedChange={(on) => set({ hosting: on ? "managed" : undefined })}
      >
        Managed only
      </Toggle>
    </div>
  );
}

function Toggle({
  pressed,
  onPressedChange,
  children,
}: {
  pressed: boolean;
  onPressedChange: (pressed: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <Button
      type="button"
      variant={pressed ? "default" : "outline"}
      aria-pressed={pressed}
      onClick={() => onPressedChange(!pressed)}
    >
      {children}
    </Button>
  );
}
