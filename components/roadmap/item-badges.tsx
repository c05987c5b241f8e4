import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { PRIORITY_LABELS } from "@/lib/pipeline/labels";
import type { Phase, Priority } from "@/lib/pipeline/types";
import { ROADMAP_STATUS_LABELS } from "@/lib/roadmap/stage-rules";
import type { RoadmapStatus } from "@/lib/roadmap/types";
import { initials } from "@/lib/teams/initials";

// The small marks a roadmap item carries on the board, in the table and in "My items".
// Colours pair with text (never colour alone) and have dark-mode variants.

const PRIORITY_TONE: Record<Priority, string> = {
  P0: "border-red-600/40 bg-red-50 text-red-800 dark:bg-red-950/60 dark:text-red-200",
  P1: "border-orange-500/40 bg-orange-50 text-orange-800 dark:bg-orange-950/60 dark:text-orange-200",
  P2: "border-sky-600/30 bg-sky-50 text-sky-800 dark:bg-sky-950/60 dark:text-sky-200",
  P3: "text-muted-foreground",
};

export function PriorityBadge({ priority }: { priority: Priority | null }) {
  if (!priority) return null;
  return (
    <Badge variant="outline" className={PRIORITY_TONE[priority]} title={PRIORITY_LABELS[priority]}>
      {priority}
    </Badge>
  );
}

const STATUS_TONE: Record<RoadmapStatus, string> = {
  TODO: "text-muted-foreground",
  IN_PROGRESS: "border-amber-500/40 bg-amber-50 text-amber-900 dark:bg-amber-950/60 dark:text-amber-200",
  DONE: "border-emerald-600/40 bg-emerald-50 text-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200",
};

export function StatusBadge({ status }: { status: RoadmapStatus }) {
  return (
    <Badge variant="outline" className={STATUS_TONE[status]}>
      {ROADMAP_STATUS_LABELS[status]}
    </Badge>
  );
}

export function PhaseBadge({ phase }: { phase: Phase | null }) {
  if (!phase) return null;
  return (
    <Badge variant="secondary" title={`Phase ${phase}`}>
      {phase}
    </Badge>
  );
}

/** The owner's initials and name, or "Unassigned". */
export function OwnerChip({ owner, className }: { owner: { name: string } | null; className?: string }) {
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-1.5 text-xs", className)}>
      <Avatar className="size-5">
        <AvatarFallback className="text-[10px]">{owner ? initials(owner.name) : "–"}</AvatarFallback>
      </Avatar>
      <span className={cn("truncate", !owner && "text-muted-foreground")}>{owner?.name ?? "Unassigned"}</span>
    </span>
  );
}
