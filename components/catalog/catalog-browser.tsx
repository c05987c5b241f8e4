"use client";

import { SearchX } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { filterCatalog, type CatalogFilter } from "@/lib/catalog/filter";
import type { TCatalogTool } from "@/lib/catalog/schema";
import { CatalogFilters } from "./catalog-filters";
import { ToolCard } from "./tool-card";
import { ToolCompareDialog } from "./tool-compare";

// The catalog page's body: filters applied as you type (all tools are on the page, so no
// round trip), the address kept in step with them (replaceState: shareable, no reload),
// and up to three tools picked for a side-by-side comparison.

export const MAX_COMPARE = 3;

function toSearch(filter: CatalogFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function CatalogBrowser({ tools, initialFilter }: { tools: TCatalogTool[]; initialFilter: CatalogFilter }) {
  const [filter, setFilter] = useState<CatalogFilter>(initialFilter);
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const compareButton = useRef<HTMLButtonElement>(null);
  const shown = useMemo(() => filterCatalog(tools, filter), [tools, filter]);
  const names = useMemo(() => new Map(tools.map((t) => [t.slug, t.name])), [tools]);
  const nameOf = (slug: string) => names.get(slug) ?? slug;

  useEffect(() => {
    const search = toSearch(filter);
    if (search !== window.location.search)
      window.history.replaceState(null, "", `${window.location.pathname}${search}`);
  }, [filter]);

  const toggle = (slug: string) =>
    setPicked((current) => (current.includes(slug) ? current.filter((s) => s !== slug) : [...current, slug]));
  const pickedTools = picked.map((slug) => tools.find((t) => t.slug === slug)).filter((t) => t !== undefined);

  return (
    <div className={cn("grid gap-6", picked.length > 0 && "pb-20")}>
      <CatalogFilters filter={filter} onChange={setFilter} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {shown.length === tools.length ? `${tools.length} tools` : `${shown.length} of ${tools.length} tools`}
      </p>
      {shown.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No tools match"
          description="Try another name or alias, or clear the filters. The catalog covers every MLOps component with at least two tools."
          action={
            <Button variant="outline" onClick={() => setFilter({})}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3" aria-label="Tools">
          {shown.map((tool) => {
            const isPicked = picked.includes(tool.slug);
            return (
              <li key={tool.slug}>
                <ToolCard
                  tool={tool}
                  alternativeName={tool.licence.openAlternative ? nameOf(tool.licence.openAlternative) : undefined}
                  action={
                    <label className="flex shrink-0 items-center gap-1.5 text-xs font-medium text-muted-foreground">
                      <input
                        type="checkbox"
                        className="size-4 accent-primary"
                        checked={isPicked}
                        disabled={!isPicked && picked.length >= MAX_COMPARE}
                        onChange={() => toggle(tool.slug)}
                        aria-label={`Compare ${tool.name}`}
                      />
                      Compare
                    </label>
                  }
                />
              </li>
            );
          })}
        </ul>
      )}
      {picked.length > 0 && (
        <div
          role="region"
          aria-label="Comparison"
          className="sticky bottom-4 z-20 mx-auto flex w-full max-w-2xl flex-wrap items-center gap-3 rounded-xl border bg-background/95 p-3 shadow-lg backdrop-blur"
        >
          <p className="min-w-0 flex-1 text-sm">
            <span className="font-medium">{pickedTools.map((t) => t.name).join(", ")}</span>
            <span className="text-muted-foreground">
              {picked.length < 2 ? " — pick one or two more to compare" : ` — ${picked.length} of ${MAX_COMPARE}`}
            </span>
          </p>
          <Button variant="ghost" size="sm" onClick={() => setPicked([])}>
            Clear
          </Button>
          <Button ref={compareButton} size="sm" disabled={picked.length < 2} onClick={() => setComparing(true)}>
            Compare {picked.length > 1 ? picked.length : ""} tools
          </Button>
        </div>
      )}
      <ToolCompareDialog
        tools={pickedTools}
        open={comparing}
        onOpenChange={setComparing}
        nameOf={nameOf}
        returnFocusRef={compareButton}
      />
    </div>
  );
}
