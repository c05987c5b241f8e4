"use client";

import { CheckCircle2, Cog, PartyPopper, TrendingDown, TrendingUp } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { timeAgo } from "@/components/assessment/time-ago";
import { cn } from "@/lib/cn";
import { STAGE_LABELS } from "@/lib/pipeline/labels";
import {
  automationShare,
  DONE_RECENTLY_DAYS,
  doneRecently,
  maturityTrend,
  roadmapProgress,
  type MaturityPoint,
  type ProgressCount,
} from "@/lib/roadmap/progress";
import type { MaturitySnapshot, RoadmapNodeFacts } from "@/lib/roadmap/types";
import type { TRoadmapResponse } from "@/lib/validation/roadmap";
import { useProgressData } from "./use-progress-data";

type Props = {
  teamId: string;
  projectId: string;
  roadmap: TRoadmapResponse;
  nodes: readonly Pick<RoadmapNodeFacts, "kind" | "automation">[];
  /** Submitted assessments, oldest first. */
  maturity: readonly MaturitySnapshot[];
};

const SHOWN_RECENT = 3;

/** "Celebrate the wins": progress per stage and overall, done lately, the pipeline automated, maturity. */
export function ProgressHeader({ teamId, projectId, roadmap, nodes: initialNodes, maturity }: Props) {
  const { items, nodes } = useProgressData(projectId, roadmap, initialNodes);
  // The page's clock, but never before the newest doneAt: an item done a moment ago (by the
  // server's clock, which may run ahead of this one) counts as done recently.
  const [opened] = useState(() => Date.now());
  const now = new Date(Math.max(opened, ...items.map((i) => (i.doneAt ? Date.parse(i.doneAt) : 0))));
  const progress = roadmapProgress(items);
  const recent = doneRecently(items, now);
  const automation = automationShare(nodes);
  const trend = maturityTrend(maturity);
  // An empty roadmap has its own empty state below; nothing to celebrate yet.
  if (items.length === 0) return null;
  return (
    <section aria-label="Progress" className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4" data-testid="progress-header">
      <Tile title="Roadmap done">
        <p className="text-2xl font-semibold tabular-nums" data-testid="progress-overall">
          {progress.overall.percent}%
        </p>
        <Bar count={progress.overall} label="Overall" />
        <ul className="grid gap-1.5" aria-label="Per stage">
          {progress.stages.map((s) => (
            <li key={s.stage} className="grid gap-0.5">
              <Bar count={s} label={STAGE_LABELS[s.stage]} small />
            </li>
          ))}
        </ul>
      </Tile>
      <Tile title={`Done in the last ${DONE_RECENTLY_DAYS} days`}>
        <p className="flex items-center gap-2 text-2xl font-semibold tabular-nums">
          {recent.length}
          {recent.length > 0 && <PartyPopper className="size-5 text-amber-500" aria-hidden="true" />}
        </p>
        {recent.length === 0 ? (
          <p className="text-xs text-muted-foreground">Nothing yet: the first item done shows here.</p>
        ) : (
          <ul className="grid gap-1 text-sm" aria-label="Done recently">
            {recent.slice(0, SHOWN_RECENT).map((item) => (
              <li key={item.id} className="flex min-w-0 items-start gap-1.5">
                <CheckCircle2
                  className="mt-0.5 size-4 shrink-0 text-emerald-600 dark:text-emerald-400"
                  aria-hidden="true"
                />
                <span className="min-w-0 break-words">
                  {item.title}
                  {item.doneAt && (
                    <span className="text-muted-foreground"> · {timeAgo(item.doneAt, now.getTime())}</span>
                  )}
                </span>
              </li>
            ))}
            {recent.length > SHOWN_RECENT && (
              <li className="text-xs text-muted-foreground">and {recent.length - SHOWN_RECENT} more</li>
            )}
          </ul>
        )}
      </Tile>
      <Tile title="Pipeline automated">
        {automation.steps === 0 ? (
          <p className="text-xs text-muted-foreground">
            No steps on the{" "}
            <Link className="underline underline-offset-4" href={`/teams/${teamId}/projects/${projectId}/pipeline`}>
              pipeline
            </Link>{" "}
            yet.
          </p>
        ) : (
          <>
            <p className="flex items-center gap-2 text-2xl font-semibold tabular-nums" data-testid="progress-automated">
              {automation.percent}%
              <Cog className="size-5 text-muted-foreground" aria-hidden="true" />
            </p>
            <Bar
              count={{
                done: automation.share * automation.steps,
                total: automation.steps,
                percent: automation.percent,
              }}
              label="Automated"
              hideCounts
            />
            <p className="text-xs text-muted-foreground">
              {automation.automated} of {automation.steps} steps and components run by themselves
              {automation.partial > 0 && `, ${automation.partial} partly (counted as half)`}.
            </p>
          </>
        )}
      </Tile>
      <Tile title="Maturity">
        {!trend ? (
          <p className="text-xs text-muted-foreground">
            No assessment submitted yet.{" "}
            <Link className="underline underline-offset-4" href={`/teams/${teamId}/projects/${projectId}/assessment`}>
              Take the assessment
            </Link>{" "}
            to see the trend.
          </p>
        ) : (
          <MaturityTile trend={trend} href={`/teams/${teamId}/projects/${projectId}/assessment`} />
        )}
      </Tile>
    </section>
  );
}

function MaturityTile({ trend, href }: { trend: NonNullable<ReturnType<typeof maturityTrend>>; href: string }) {
  const previous: MaturityPoint | undefined = trend.points[trend.points.length - 2];
  return (
    <>
      <p className="text-2xl font-semibold tabular-nums" data-testid="progress-maturity">
        {trend.latest.averageLevel.toFixed(1)}
        <span className="text-sm font-normal text-muted-foreground">
          {" "}
          of 4 · MLOps level {trend.latest.googleLevel}
        </span>
      </p>
      {previous ? (
        <ul className="grid gap-0.5 text-xs">
          <Delta from={previous} to={trend.latest} since="the previous assessment" />
          {trend.points.length > 2 && <Delta from={trend.first} to={trend.latest} since="the first assessment" />}
        </ul>
      ) : (
        <p className="text-xs text-muted-foreground">One assessment so far: the next one shows the trend.</p>
      )}
      <Link className="text-xs font-medium underline underline-offset-4" href={href}>
        See the assessment
      </Link>
    </>
  );
}

function Delta({ from, to, since }: { from: MaturityPoint; to: MaturityPoint; since: string }) {
  const delta = Math.round((to.averageLevel - from.averageLevel) * 10) / 10;
  const Icon = delta < 0 ? TrendingDown : TrendingUp;
  return (
    <li
      className={cn(
        "flex items-center gap-1",
        delta > 0 ? "text-emerald-700 dark:text-emerald-400" : "text-muted-foreground",
      )}
    >
      <Icon className="size-3.5" aria-hidden="true" />
      {delta > 0 ? `+${delta.toFixed(1)}` : delta === 0 ? "No change" : delta.toFixed(1)} since {since}
      {to.googleLevel !== from.googleLevel && ` (level ${from.googleLevel} → ${to.googleLevel})`}
    </li>
  );
}

function Tile({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="grid content-start gap-2 rounded-xl border bg-card p-4">
      <h3 className="text-sm font-medium text-muted-foreground">{title}</h3>
      {children}
    </div>
  );
}

function Bar({
  count,
  label,
  small,
  hideCounts,
}: {
  count: ProgressCount;
  label: string;
  small?: boolean;
  hideCounts?: boolean;
}) {
  return (
    <div className="grid gap-0.5">
      {small && (
        <div className="flex justify-between text-xs">
          <span>{label}</span>
          <span className="text-muted-foreground tabular-nums">
            {count.done}/{count.total}
          </span>
        </div>
      )}
      <div
        role="progressbar"
        aria-label={hideCounts ? label : `${label}: ${count.done} of ${count.total} done`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={count.percent}
        className={cn("overflow-hidden rounded-full bg-muted", small ? "h-1.5" : "h-2")}
      >
        <div
          className="h-full rounded-full bg-emerald-600 transition-[width] dark:bg-emerald-500"
          style={{ width: `${count.percent}%` }}
        />
      </div>
    </div>
  );
}
