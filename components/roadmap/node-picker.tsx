"use client";

import { useId, useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { AUTOMATION_LABELS } from "@/lib/pipeline/labels";
import type { Automation, Phase } from "@/lib/pipeline/types";

export type PickableNode = { id: string; title: string; phase: Phase; automation: Automation };

const FILTER_FROM = 8;

/** The diagram's steps as checkboxes: which nodes this item is about (marking it done can automate them). */
export function NodePicker({
  nodes,
  value,
  onChange,
  disabled,
  describedBy,
}: {
  nodes: readonly PickableNode[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  disabled?: boolean;
  describedBy?: string;
}) {
  const [query, setQuery] = useState("");
  const legendId = useId();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    // Linked nodes stay listed whatever the filter, so unlinking one never needs a search.
    return nodes.filter((n) => !q || value.includes(n.id) || n.title.toLowerCase().includes(q));
  }, [nodes, query, value]);
  const missing = value.filter((id) => !nodes.some((n) => n.id === id));

  if (nodes.length === 0 && missing.length === 0)
    return <p className="text-xs text-muted-foreground">The pipeline has no steps to link yet.</p>;

  return (
    <fieldset className="grid gap-2" aria-labelledby={legendId} aria-describedby={describedBy} disabled={disabled}>
      <legend id={legendId} className="sr-only">
        Linked pipeline steps
      </legend>
      {nodes.length >= FILTER_FROM && (
        <Input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Filter steps"
          aria-label="Filter pipeline steps"
          className="h-8"
        />
      )}
      <ul className="grid max-h-40 gap-1 overflow-y-auto rounded-md border p-2">
        {shown.map((node) => (
          <li key={node.id}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-accent has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={value.includes(node.id)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, node.id] : value.filter((id) => id !== node.id))
                }
              />
              <span className="min-w-0 flex-1 truncate">{node.title}</span>
              <span className="shrink-0 text-xs text-muted-foreground">
                {node.phase} · {AUTOMATION_LABELS[node.automation]}
              </span>
            </label>
          </li>
        ))}
        {missing.map((id) => (
          <li key={id} className="flex items-center justify-between gap-2 px-1 text-sm text-muted-foreground">
            <span>A step no longer in the pipeline</span>
            <button type="button" className="text-xs underline" onClick={() => onChange(value.filter((v) => v !== id))}>
              Unlink
            </button>
          </li>
        ))}
        {shown.length === 0 && <li className="px-1 text-xs text-muted-foreground">No step matches.</li>}
      </ul>
    </fieldset>
  );
}
