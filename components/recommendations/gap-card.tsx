"use client";

import { ChevronDown, Lock } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Collapsible, CollapsibleContent, CollapsibleTrigger } from "@/components/ui/collapsible";
import { PHASE_LABELS, STAGE_LABELS } from "@/lib/pipeline/labels";
import type { Gap, GapStatus, ToolPick } from "@/lib/recommend/types";
import { inlineList } from "./component-name";
import { ScoreBreakdown } from "./score-breakdown";

export const TOOLS_SHOWN = 3;

const STATUS_LABELS: Record<GapStatus, string> = {
  missing: "Missing",
  manual: "Manual",
  partial: "Partly automated",
};

/** One ranked gap: why it ranks here (expandable into its score parts) and its top tools. */
export function GapCard({
  gap,
  renderPick,
}: {
  gap: Gap;
  renderPick: (pick: ToolPick, place: number) => React.ReactNode;
}) {
  const headingId = `gap-${gap.component}`;
  const tools = gap.tools.slice(0, TOOLS_SHOWN);
  return (
    <li aria-labelledby={headingId} className="rounded-xl border bg-card p-4 text-card-foreground shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <span
          className="flex size-9 shrink-0 items-center justify-center rounded-full bg-primary text-sm font-semibold text-primary-foreground tabular-nums"
          aria-hidden="true"
        >
          {gap.rank}
        </span>
        <div className="min-w-0 flex-1">
          <h3 id={headingId} className="text-base font-semibold">
            <span className="sr-only">#{gap.rank} </span>
            {gap.label}
          </h3>
          <div className="mt-1 flex flex-wrap gap-1.5">
            <Badge variant="secondary">{PHASE_LABELS[gap.phase].title}</Badge>
            <Badge variant="secondary">{STAGE_LABELS[gap.stage]}</Badge>
            <Badge variant={gap.status === "missing" ? "outline" : "secondary"}>{STATUS_LABELS[gap.status]}</Badge>
          </div>
        </div>
      </div>
      <p className="mt-3 text-sm">{gap.reason}</p>
      {gap.blockedBy.length > 0 && (
        <p className="mt-2 flex items-center gap-1.5 text-sm font-medium text-amber-800 dark:text-amber-300">
          <Lock className="size-4 shrink-0" aria-hidden="true" />
          Needs {inlineList(gap.blockedBy)} first
        </p>
      )}
      <Collapsible className="mt-3">
        <CollapsibleTrigger className="group inline-flex items-center gap-1 rounded-md text-sm font-medium text-primary hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
          <ChevronDown className="size-4 transition-transform group-data-[state=open]:rotate-180" aria-hidden="true" />
          Why #{gap.rank}?
        </CollapsibleTrigger>
        <CollapsibleContent className="mt-2 rounded-lg bg-muted/50 p-3">
          <ScoreBreakdown
            parts={gap.score.parts}
            total={gap.score.total}
            caption={`Why ${gap.label} ranks #${gap.rank}`}
          />
        </CollapsibleContent>
      </Collapsible>
      {tools.length > 0 ? (
        <div className="mt-4 grid gap-3 md:grid-cols-2 xl:grid-cols-3">{tools.map((t, i) => renderPick(t, i + 1))}</div>
      ) : (
        <p className="mt-4 text-sm text-muted-foreground">No tool for this gap matches the filters.</p>
      )}
    </li>
  );
}
