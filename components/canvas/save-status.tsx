"use client";

import { AlertTriangle, Check, CloudOff, Loader2, PencilLine } from "lucide-react";
import { useEffect, useState } from "react";
import type { SaveStatus } from "@/lib/client/autosave-session";

/** Always visible, and announced politely to screen readers. */
export function SaveStatusBadge({
  status,
  leaving,
  readOnly,
}: {
  status: SaveStatus;
  leaving: boolean;
  readOnly: boolean;
}) {
  if (readOnly) return <span className="text-xs text-muted-foreground">Read only</span>;
  const content = leaving
    ? [<Loader2 key="i" className="size-3.5 animate-spin" />, "Saving before leaving…"]
    : {
        saved: [<Check key="i" className="size-3.5 text-emerald-600 dark:text-emerald-400" />, "All changes saved"],
        dirty: [<PencilLine key="i" className="size-3.5" />, "Unsaved changes"],
        saving: [<Loader2 key="i" className="size-3.5 animate-spin" />, "Saving…"],
        offline: [
          <CloudOff key="i" className="size-3.5 text-amber-600" />,
          status.kind === "offline" && <RetryCountdown key={status.retryAt} status={status} />,
        ],
        conflict: [<AlertTriangle key="i" className="size-3.5 text-destructive" />, "Not saved: conflict"],
        error: [
          <AlertTriangle key="i" className="size-3.5 text-destructive" />,
          status.kind === "error" ? `Not saved: ${status.message}` : "",
        ],
      }[status.kind];
  return (
    <span
      role="status"
      aria-live="polite"
      className="inline-flex items-center gap-1.5 text-xs text-muted-foreground"
      data-save-status={leaving ? "leaving" : status.kind}
    >
      {content[0]}
      {content[1]}
    </span>
  );
}

/**
 * "Offline — retrying in 5 s", counting down (a 503 or 5xx says the server is unavailable
 * instead). Screen readers get it once, not every second. Keyed by the retry time, so a new
 * retry starts a fresh count.
 */
function RetryCountdown({ status }: { status: Extract<SaveStatus, { kind: "offline" }> }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const seconds = Math.max(0, Math.ceil((status.retryAt - now) / 1000));
  const what = status.reason === "network" ? "Offline" : "Server unavailable";
  return (
    <>
      <span aria-hidden="true">{seconds > 0 ? `${what} — retrying in ${seconds} s` : `${what} — retrying…`}</span>
      <span className="sr-only">{what}: not saved yet, retrying</span>
    </>
  );
}
