"use client";

import { AlertTriangle } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The other person's save won the race: the user chooses, with both versions at hand. */
export function ConflictBanner({ onKeepMine, onLoadTheirs }: { onKeepMine: () => void; onLoadTheirs: () => void }) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 border-b border-destructive/30 bg-destructive/10 px-4 py-2.5 text-sm"
    >
      <AlertTriangle className="size-4 shrink-0 text-destructive" aria-hidden="true" />
      <p className="min-w-0 flex-1">
        <strong className="font-medium">Someone else changed this pipeline.</strong> Your latest changes are still here
        but not saved. Keep yours (their changes are replaced), or load theirs (yours stay one undo away).
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
