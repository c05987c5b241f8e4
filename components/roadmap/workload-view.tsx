"use client";

import { useMemo } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { PRIORITY_LABELS } from "@/lib/pipeline/labels";
import { PRIORITIES, type Priority } from "@/lib/pipeline/types";
import { roadmapWorkload, type WorkloadRow } from "@/lib/roadmap/workload";
import type { TRoadmapItem, TRoadmapMember } from "@/lib/validation/roadmap";
import { OwnerChip } from "./item-badges";

type Bucket = Priority | "none";
const BUCKETS: Bucket[] = [...PRIORITIES, "none"];

// The bar's segments: the same hues as the priority badges, text beside them for the numbers.
const SEGMENT: Record<Bucket, string> = {
  P0: "bg-red-500 dark:bg-red-400",
  P1: "bg-orange-400 dark:bg-orange-300",
  P2: "bg-sky-500 dark:bg-sky-400",
  P3: "bg-slate-400 dark:bg-slate-500",
  none: "bg-muted-foreground/30",
};
const LABEL: Record<Bucket, string> = { ...PRIORITY_LABELS, none: "No priority" };

/** Per person: open (not done) items by priority, as counts and a stacked bar; unassigned last. */
export function WorkloadView({
  items,
  members,
}: {
  items: readonly TRoadmapItem[];
  members: readonly TRoadmapMember[];
}) {
  const workload = useMemo(
    () =>
      roadmapWorkload(
        items,
        members.filter((m) => m.role !== "VIEWER").map((m) => ({ id: m.id, name: m.name, email: m.email })),
      ),
    [items, members],
  );
  const rows = [...workload.rows, workload.unassigned];
  const most = Math.max(1, ...rows.map((r) => r.open));
  return (
    <div className="grid gap-3">
      <ul className="flex flex-wrap gap-3 text-xs text-muted-foreground" aria-label="Legend">
        {BUCKETS.map((b) => (
          <li key={b} className="inline-flex items-center gap-1.5">
            <span className={cn("size-2.5 rounded-sm", SEGMENT[b])} aria-hidden="true" />
            {LABEL[b]}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Person</TableHead>
              <TableHead className="text-right">Open</TableHead>
              {BUCKETS.map((b) => (
                <TableHead key={b} className="hidden text-right sm:table-cell">
                  {b === "none" ? "None" : b}
                </TableHead>
              ))}
              <TableHead className="w-[40%] min-w-32">
                <span className="sr-only">Open items by priority</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <WorkloadLine key={row.owner?.id ?? "unassigned"} row={row} most={most} />
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

function WorkloadLine({ row, most }: { row: WorkloadRow; most: number }) {
  const name = row.owner?.name ?? "Unassigned";
  const summary = BUCKETS.filter((b) => row.byPriority[b] > 0)
    .map((b) => `${row.byPriority[b]} ${b === "none" ? "without priority" : b}`)
    .join(", ");
  return (
    <TableRow>
      <TableCell>
        <OwnerChip owner={row.owner} className="text-sm" />
      </TableCell>
      <TableCell className="text-right font-medium tabular-nums">{row.open}</TableCell>
      {BUCKETS.map((b) => (
        <TableCell key={b} className="hidden text-right text-muted-foreground tabular-nums sm:table-cell">
          {row.byPriority[b] || "·"}
        </TableCell>
      ))}
      <TableCell>
        <div
          role="img"
          aria-label={row.open === 0 ? `${name}: nothing open` : `${name}: ${summary}`}
          className="flex h-3 overflow-hidden rounded-full bg-muted"
          style={{ width: `${Math.max(4, (row.open / most) * 100)}%` }}
        >
          {BUCKETS.map((b) =>
            row.byPriority[b] > 0 ? (
              <span key={b} className={SEGMENT[b]} style={{ flexGrow: row.byPriority[b] }} />
            ) : null,
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
