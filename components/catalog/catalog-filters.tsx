"use client";

import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { CatalogFilter } from "@/lib/catalog/filter";
import { COMPONENT_SHORT_LABELS } from "@/lib/catalog/labels";
import { COMPONENT_IDS, type ComponentId } from "@/lib/pipeline/components";
import { PHASE_LABELS } from "@/lib/pipeline/labels";
import { PHASES, type Phase } from "@/lib/pipeline/types";
import { MAX_CATALOG_QUERY } from "@/lib/validation/catalog";

// The catalog page's filters: search, component, phase, open source only. Each change
// applies at once (no submit), so this is a group of controls rather than a form.

const ALL = "all";

export function CatalogFilters({
  filter,
  onChange,
}: {
  filter: CatalogFilter;
  onChange: (next: CatalogFilter) => void;
}) {
  return (
    <div role="search" aria-label="Filter tools" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]">
      <div className="grid gap-1.5">
        <Label htmlFor="catalog-q">Search</Label>
        <div className="relative">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden="true"
          />
          <Input
            id="catalog-q"
            type="search"
            className="pl-8"
            placeholder="e.g. terraform, k8s, BSL"
            maxLength={MAX_CATALOG_QUERY}
            value={filter.q ?? ""}
            onChange={(event) => onChange({ ...filter, q: event.target.value || undefined })}
          />
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="catalog-component">Component</Label>
        <Select
          value={filter.component ?? ALL}
          onValueChange={(value) =>
            onChange({ ...filter, component: value === ALL ? undefined : (value as ComponentId) })
          }
        >
          <SelectTrigger id="catalog-component" className="w-full">
            {/* Given, not left to Radix: it fills an empty value only after hydration (status-select.tsx). */}
            <SelectValue>{filter.component ? COMPONENT_SHORT_LABELS[filter.component] : ALL_COMPONENTS}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>{ALL_COMPONENTS}</SelectItem>
            {COMPONENT_IDS.map((id) => (
              <SelectItem key={id} value={id}>
                {COMPONENT_SHORT_LABELS[id]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="catalog-phase">Phase</Label>
        <Select
          value={filter.phase ?? ALL}
          onValueChange={(value) => onChange({ ...filter, phase: value === ALL ? undefined : (value as Phase) })}
        >
          <SelectTrigger id="catalog-phase" className="w-full">
            <SelectValue>{filter.phase ? phaseLabel(filter.phase) : ALL_PHASES}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>{ALL_PHASES}</SelectItem>
            {PHASES.map((phase) => (
              <SelectItem key={phase} value={phase}>
                {phaseLabel(phase)}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          checked={filter.licence === "open_source"}
          onChange={(event) => onChange({ ...filter, licence: event.target.checked ? "open_source" : undefined })}
        />
        Open source only
      </label>
    </div>
  );
}

const ALL_COMPONENTS = "All components";
const ALL_PHASES = "All phases";
const phaseLabel = (phase: Phase) => `${PHASE_LABELS[phase].title} · ${PHASE_LABELS[phase].subtitle}`;
