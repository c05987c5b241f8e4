"use client";

import { GitCompareArrows, X } from "lucide-react";
import { useCallback, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { toolBySlug } from "@/lib/catalog/catalog";

const nameOf = (slug: string) => toolBySlug(slug)?.name ?? slug;
import { ToolCompareDialog } from "@/components/catalog/tool-compare";

export const MAX_COMPARED = 3;

export type CompareSelection = ReturnType<typeof useCompareSelection>;

/** Up to three tools picked across gaps for a side-by-side compare. */
export function useCompareSelection() {
  const [slugs, setSlugs] = useState<string[]>([]);
  const toggle = useCallback(
    (slug: string) =>
      setSlugs((s) => (s.includes(slug) ? s.filter((x) => x !== slug) : s.length < MAX_COMPARED ? [...s, slug] : s)),
    [],
  );
  const clear = useCallback(() => setSlugs([]), []);
  return useMemo(
    () => ({ slugs, has: (slug: string) => slugs.includes(slug), toggle, clear, full: slugs.length >= MAX_COMPARED }),
    [slugs, toggle, clear],
  );
}

/** A bar at the bottom while tools are picked; "Compare" opens them side by side. */
export function CompareBar({ selection }: { selection: CompareSelection }) {
  const [open, setOpen] = useState(false);
  const tools = selection.slugs.flatMap((s) => toolBySlug(s) ?? []);
  if (tools.length === 0) return null;
  return (
    <>
      <div
        role="region"
        aria-label="Compare tools"
        className="sticky bottom-4 z-10 mx-auto flex w-full max-w-xl flex-wrap items-center gap-2 rounded-xl border bg-popover p-3 text-popover-foreground shadow-lg"
      >
        <span className="min-w-0 flex-1 text-sm">
          {tools.map((t) => t.name).join(", ")}
          {tools.length === 1 && <span className="text-muted-foreground"> — pick one or two more</span>}
        </span>
        <Button type="button" size="sm" disabled={tools.length < 2} onClick={() => setOpen(true)}>
          <GitCompareArrows aria-hidden="true" />
          Compare {tools.length} tools
        </Button>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          onClick={selection.clear}
          aria-label="Clear the tools to compare"
        >
          <X aria-hidden="true" />
          Clear
        </Button>
      </div>
      <ToolCompareDialog tools={tools} open={open && tools.length >= 2} onOpenChange={setOpen} nameOf={nameOf} />
    </>
  );
}
