"use client";

import { AlertTriangle, Check, CloudOff, Loader2, PencilLine } from "lucide-react";
import type { SaveStatus } from "./use-autosave";

/** Always visible, and announced politely to screen readers. */
export function SaveStatusBadge({ status, readOnly }: { status: SaveStatus; readOnly: boolean }) {
  if (readOnly) return <span className="text-xs text-muted-foreground">Read only</span>;
  const content = {
    saved: [<Check key="i" className="size-3.5 text-emerald-600 dark:text-emerald-400" />, "All changes saved"],
    dirty: [<PencilLine key="i" className="size-3.5" />, "Unsaved changes"],
    saving: [<Loader2 key="i" className="size-3.5 animate-spin" />, "Saving…"],
    offline: [<CloudOff key="i" className="size-3.5 text-amber-600" />, `Offline — retrying in ${Math.round((status.kind === "offline" ? status.retryInMs : 0) / 1000)} s`],
    conflict: [<AlertTriangle key="i" className="size-3.5 text-destructive" />, "Not saved: conflict"],
    error: [<AlertTriangle key="i" className="size-3.5 text-destructive" />, status.kind === "error" ? `Not saved: ${status.message}` : ""],
  }[status.kind];
  return (
    <span role="status" aria-live="polite" className="inline-flex items-center gap-1.5 text-xs text-muted-foreground" data-save-status={status.kind}>
      {content[0]}
      {content[1]}
    </span>
  );
}
