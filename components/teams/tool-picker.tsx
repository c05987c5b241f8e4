"use client";

import { Plus } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { CATALOG } from "@/lib/catalog/catalog";
import { cn } from "@/lib/cn";
import { getComponent } from "@/lib/pipeline/components";

const MAX_SHOWN = 50;

/**
 * A searchable catalog picker (ARIA combobox over a listbox): type to filter by name or
 * alias, ↑/↓ to move, Enter to add, Escape to close. Tools already chosen are not offered.
 */
export function ToolPicker({
  chosen,
  onPick,
  disabled,
  label = "Add a tool",
  single = false,
}: {
  chosen: readonly string[];
  onPick: (slug: string) => void;
  disabled?: boolean;
  /** The trigger's text (the roadmap's item dialog picks one tool: "Choose a tool"). */
  label?: string;
  /** Close after a pick, for a field that holds one tool. */
  single?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return CATALOG.filter(
      (tool) =>
        !chosen.includes(tool.slug) &&
        (!q ||
          tool.name.toLowerCase().includes(q) ||
          tool.slug.includes(q) ||
          tool.aliases.some((a) => a.toLowerCase().includes(q))),
    ).slice(0, MAX_SHOWN);
  }, [query, chosen]);
  const current = Math.min(active, matches.length - 1);

  function pick(slug: string) {
    onPick(slug);
    setQuery("");
    setActive(0);
    if (single) setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (matches.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const tool = matches[current];
      if (tool) pick(tool.slug);
    }
  }

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setQuery("");
      }}
    >
      <PopoverTrigger asChild>
        <Button type="button" variant="outline" size="sm" disabled={disabled}>
          <Plus className="size-4" aria-hidden="true" />
          {label}
        </Button>
      </PopoverTrigger>
      <PopoverContent align="start" className="w-[min(22rem,calc(100vw-2rem))] p-2">
        <Input
          role="combobox"
          aria-label="Search the catalog"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={matches[current] ? `${listId}-${matches[current].slug}` : undefined}
          placeholder="Search tools, e.g. Terraform, k8s"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label="Catalog tools" className="mt-2 max-h-64 overflow-y-auto">
          {matches.length === 0 && <li className="px-2 py-3 text-sm text-muted-foreground">No tool matches.</li>}
          {matches.map((tool, i) => (
            <li
              key={tool.slug}
              id={`${listId}-${tool.slug}`}
              role="option"
              aria-selected={i === current}
              // The input keeps the focus; a click picks without blurring it.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(tool.slug)}
              onMouseMove={() => setActive(i)}
              className={cn(
                "flex cursor-pointer items-baseline justify-between gap-2 rounded-sm px-2 py-1.5 text-sm",
                i === current && "bg-accent text-accent-foreground",
              )}
            >
              <span className="shrink-0 font-medium whitespace-nowrap">{tool.name}</span>
              <span className="min-w-0 truncate text-xs text-muted-foreground">
                {getComponent(tool.components[0]!).label}
              </span>
            </li>
          ))}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
