"use client";

import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { describeConflicts, type MergeConflict } from "@/lib/pipeline/merge";

/**
 * The other person's save touched what ours did (saves of different things merge on the
 * server): the user chooses, with both versions at hand and the overlap named.
 */
export function ConflictBanner({
  conflicts,
  onKeepMine,
  onLoadTheirs,
}: {
  conflicts?: MergeConflict[];
  onKeepMine: () => void;
  onLoadTheirs: () => void;
}) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 border-b border-destructive/30 bg-destructive/10 px-4 py-2.5 text-sm"
    >
      <AlertTriangle className="size-4 shrink-0 text-destructive" aria-hidden="true" />
      <p className="min-w-60 flex-1">
        <strong className="font-medium">Someone else changed this pipeline.</strong>
        {conflicts && conflicts.length > 0 && (
          <>
            {" "}
            You both changed <span data-testid="conflict-fields">{describeConflicts(conflicts)}</span>.
          </>
        )}{" "}
        Your latest changes are still here but not saved. Keep yours (where you both changed the same thing yours wins;
        their other changes stay), or load theirs (yours stay one undo away).
      </p>
      <div className="flex gap-2">
        <Button size="sm" variant="outline" onClick={onLoadTheirs}>
          Load their version
        </Button>
        <Button size="sm" variant="destructive" onClick={onKeepMine}>
          Keep mine
        </Button>
      </div>
    </div>
  );
}
