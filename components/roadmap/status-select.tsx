"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { cn } from "@/lib/cn";
import { ROADMAP_STATUS_LABELS } from "@/lib/roadmap/stage-rules";
import { ROADMAP_STATUSES, type RoadmapStatus } from "@/lib/roadmap/types";

/** The quick status change on a card and in "My items", for the item's owner and leads. */
export function StatusSelect({
  title,
  status,
  onChange,
  disabled,
  className,
}: {
  title: string;
  status: RoadmapStatus;
  onChange: (status: RoadmapStatus) => void;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <Select value={status} onValueChange={(v) => onChange(v as RoadmapStatus)} disabled={disabled}>
      <SelectTrigger size="sm" aria-label={`Status of ${title}`} className={cn("h-7 px-2 text-xs", className)}>
        {/* The label given, not left to Radix: Radix fills an empty SelectValue with the selected
            item's text only after the closed list has mounted on the client, so the server's HTML
            (and a board screenshot of 2026-12-02) had blank status triggers. */}
        <SelectValue>{ROADMAP_STATUS_LABELS[status]}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {ROADMAP_STATUSES.map((s) => (
          <SelectItem key={s} value={s}>
            {ROADMAP_STATUS_LABELS[s]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
