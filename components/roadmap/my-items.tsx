"use client";

import { STAGE_LABELS } from "@/lib/pipeline/labels";
import { ROADMAP_STATUS_LABELS } from "@/lib/roadmap/stage-rules";
import { ROADMAP_STATUSES } from "@/lib/roadmap/types";
import { DEFAULT_ROADMAP_VIEW, filterItems } from "@/lib/roadmap/view-filters";
import type { TRoadmapItem } from "@/lib/validation/roadmap";
import { PhaseBadge, PriorityBadge } from "./item-badges";
import { useRoadmapActions } from "./roadmap-context";
import { StatusSelect } from "./status-select";

/** The items the signed-in member owns, grouped by status, each with its quick status change. */
export function MyItems({ items }: { items: readonly TRoadmapItem[] }) {
  const actions = useRoadmapActions();
  const mine = filterItems(items, { ...DEFAULT_ROADMAP_VIEW, mine: true }, actions.viewer.membershipId);
  if (mine.length === 0)
    return (
      <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
        {actions.viewer.role === "VIEWER"
          ? "Viewers own no roadmap items."
          : "Nothing on the roadmap is yours yet. A lead assigns owners on the board or in an item's details."}
      </p>
    );
  return (
    <div className="grid gap-4 md:grid-cols-3">
      {ROADMAP_STATUSES.map((status) => {
        const group = mine.filter((i) => i.status === status);
        const headingId = `my-items-${status}`;
        return (
          <section key={status} aria-labelledby={headingId} className="grid content-start gap-2">
            <h3 id={headingId} className="text-sm font-semibold">
              {ROADMAP_STATUS_LABELS[status]}{" "}
              <span className="font-normal text-muted-foreground">({group.length})</span>
            </h3>
            <ul className="grid gap-2">
              {group.map((item) => (
                <li key={item.id} className="grid gap-2 rounded-lg border bg-card p-3">
                  <button
                    type="button"
                    onClick={() => actions.openItem(item)}
                    className="rounded-sm text-left text-sm font-medium break-words outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  >
                    {item.title}
                  </button>
                  <div className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                    <span>{STAGE_LABELS[item.stage]}</span>
                    <PhaseBadge phase={item.phase} />
                    <PriorityBadge priority={item.priority} />
                    {item.targetDate && <time dateTime={item.targetDate}>due {item.targetDate}</time>}
                  </div>
                  <StatusSelect
                    title={item.title}
                    status={item.status}
                    onChange={(s) => actions.setStatus(item, s)}
                    disabled={!actions.canSetStatus(item)}
                    className="w-full"
                  />
                </li>
              ))}
              {group.length === 0 && <li className="text-xs text-muted-foreground">None.</li>}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
