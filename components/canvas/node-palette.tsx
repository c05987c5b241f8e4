"use client";

import { Search } from "lucide-react";
import { memo, useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { searchPalette, type PaletteItem } from "@/lib/pipeline/palette";
import { KindIcon } from "./kind-icon";
import { PHASE_LABELS } from "@/lib/pipeline/labels";

export const PALETTE_MIME = "application/x-mlops-map-palette";

/** Click adds the item in its lane; dragging drops it where it lands (and in that lane). */
function NodePaletteImpl({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  const [query, setQuery] = useState("");
  const groups = useMemo(() => searchPalette(query), [query]);
  const total = groups.reduce((n, g) => n + g.items.length, 0);

  return (
    <aside
      aria-label="Add to the pipeline"
      className="hidden min-h-0 w-64 shrink-0 flex-col border-r bg-background md:flex"
    >
      <div className="border-b p-3">
        <label htmlFor="palette-search" className="sr-only">
          Search steps and components
        </label>
        <div className="relative">
          <Search
            className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden="true"
          />
          <Input
            id="palette-search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Search: docker, training…"
            className="pl-8"
          />
        </div>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-2">
        {total === 0 && <p className="p-2 text-sm text-muted-foreground">Nothing matches “{query}”.</p>}
        {groups.map(({ phase, items }) =>
          items.length === 0 ? null : (
            <section key={phase} aria-labelledby={`palette-${phase}`} className="mb-3">
              <h3
                id={`palette-${phase}`}
                className="px-2 py-1 text-xs font-semibold uppercase tracking-wide text-muted-foreground"
              >
                {PHASE_LABELS[phase].title} · {PHASE_LABELS[phase].subtitle}
              </h3>
              <ul>
                {items.map((item) => (
                  <li key={item.key}>
                    <button
                      type="button"
                      draggable
                      onDragStart={(e) => {
                        e.dataTransfer.setData(PALETTE_MIME, item.key);
                        e.dataTransfer.effectAllowed = "copy";
                      }}
                      onClick={() => onAdd(item)}
                      title={item.description}
                      className="flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent hover:text-accent-foreground focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                    >
                      <KindIcon kind={item.kind} className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
                      <span className="min-w-0">
                        <span className="block leading-snug">{item.label}</span>
                        {item.tools.length > 0 && (
                          <span className="block truncate text-xs text-muted-foreground">{item.tools.join(", ")}</span>
                        )}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ),
        )}
      </div>
    </aside>
  );
}

export const NodePalette = memo(NodePaletteImpl);
