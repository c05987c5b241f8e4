"use client";

import { CloudOff, Loader2, Check } from "lucide-react";
import type { DraftSaveStatus } from "@/lib/client/draft-saver";
import { timeAgo } from "./time-ago";

/** "Saving…" / "Saved 2 min ago", announced politely to screen readers. */
export function SaveIndicator({ status, savedBy }: { status: DraftSaveStatus; savedBy: string | null }) {
  return (
    <p role="status" aria-live="polite" className="flex items-center gap-1.5 text-sm text-muted-foreground">
      {status.kind === "saving" && (
        <>
          <Loader2 className="size-4 animate-spin" aria-hidden="true" /> Saving…
        </>
      )}
      {status.kind === "dirty" && "Unsaved changes"}
      {status.kind === "saved" &&
        (status.at ? (
          <>
            <Check className="size-4" aria-hidden="true" /> Draft saved
            {savedBy ? ` by ${savedBy}` : ""} {timeAgo(status.at)}
          </>
        ) : (
          "Not saved yet: your first answer starts the team's draft"
        ))}
      {status.kind === "retrying" && (
        <>
          <CloudOff className="size-4" aria-hidden="true" /> Offline, retrying…
        </>
      )}
      {status.kind === "error" && <span className="text-destructive">Not saved: {status.message}</span>}
    </p>
  );
}
