"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { toast } from "sonner";
import { apiFetch, ApiError } from "@/lib/client/api";
import {
  AutosaveSession,
  resumeFrom,
  type DiagramSnapshot,
  type RemoteListener,
  type SaveOutcome,
  type SaveStatus,
} from "@/lib/client/autosave-session";
import type { MergeConflict } from "@/lib/pipeline/merge";
import type { PipelineDiagram } from "@/lib/pipeline/types";

// One autosave session per project for the life of the browser tab (lib/client/autosave-session.ts):
// the editor attaches to it while mounted. A few recent ones are kept so that the back button,
// which replays a page as first rendered, resumes the newer diagram the session saved.
const sessions = new Map<string, AutosaveSession>();
const KEPT_SESSIONS = 8;

/** The session for `projectId` and the diagram an editor opening `initial` starts from. */
function openSession(
  projectId: string,
  initial: PipelineDiagram,
): { session: AutosaveSession; start: PipelineDiagram } {
  const existing = sessions.get(projectId);
  const { reuse, start } = resumeFrom(existing, initial);
  let session = existing;
  if (!reuse || !session) {
    existing?.dispose();
    session = new AutosaveSession({ send: sender(`/api/v1/projects/${projectId}/pipeline`) }, initial);
  }
  sessions.delete(projectId);
  sessions.set(projectId, session);
  for (const [id, old] of sessions) {
    if (sessions.size <= KEPT_SESSIONS) break;
    if (id !== projectId && !old.hasUnsaved()) {
      old.dispose();
      sessions.delete(id);
    }
  }
  listenToPage();
  return { session, start };
}

/** After "leave without saving": the next visit starts from the server's diagram. */
export function forgetSession(projectId: string): void {
  sessions.get(projectId)?.discard();
}

function sender(url: string) {
  return async (json: string, { keepalive }: { keepalive: boolean }): Promise<SaveOutcome> => {
    try {
      const { pipeline, merged } = await apiFetch<{ pipeline: PipelineDiagram; merged: boolean }>(url, {
        method: "PUT",
        json,
        keepalive,
      });
      return merged
        ? { ok: true, version: pipeline.version, merged: pipeline }
        : { ok: true, version: pipeline.version };
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return {
        ok: false,
        status: error.status,
        message: error.message,
        retryAfterMs: error.retryAfterMs,
        current: error.body.current as PipelineDiagram | undefined,
        conflicts: error.body.conflicts as MergeConflict[] | undefined,
      };
    }
  };
}

let listening = false;
/** Page-wide events, for every session (a detached one may still be saving). */
function listenToPage() {
  if (listening || typeof window === "undefined") return;
  listening = true;
  window.addEventListener("beforeunload", (event) => {
    // Each session starts its save (keepalive when it fits); any unsaved one makes the browser ask.
    let ask = false;
    for (const session of sessions.values()) if (session.onBeforeUnload()) ask = true;
    if (ask) event.preventDefault();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") for (const session of sessions.values()) session.onHidden();
  });
  window.addEventListener("online", () => {
    for (const session of sessions.values()) session.onOnline();
  });
}

/**
 * The editor's autosave: the session, the diagram to start from (the page's, or this tab's
 * newer one) and the live status. `bind` hands the session the editor's current diagram.
 */
export function useAutosave(projectId: string, initial: PipelineDiagram) {
  const [{ session, start }] = useState(() => openSession(projectId, initial));
  const status = useSyncExternalStore(
    session.subscribe,
    () => session.status,
    () => session.status,
  );
  return { session, start, status };
}

/**
 * While the editor is mounted the session reads its diagram through `getSnapshot` and hands
 * other people's changes to `onRemote`. On
 * unmount (any in-app navigation, the back button included) the session keeps the last
 * diagram and saves it; if that fails, a toast says so and leads back.
 */
export function useAutosaveSource(
  session: AutosaveSession,
  getSnapshot: () => DiagramSnapshot,
  onRemote: RemoteListener,
) {
  const latest = useRef(getSnapshot);
  const remote = useRef(onRemote);
  useEffect(() => {
    latest.current = getSnapshot;
    remote.current = onRemote;
  }, [getSnapshot, onRemote]);
  const router = useRouter();
  const pathname = usePathname();
  const here = useRef(pathname);
  useEffect(() => {
    const back = here.current;
    session.attach(
      () => latest.current(),
      (next) => remote.current(next),
    );
    return () => {
      void session.detach().then((saved) => {
        if (saved || !session.hasUnsaved()) return;
        toast.warning("Your latest pipeline changes are not saved yet", {
          description: describeUnsaved(session.status),
          action: { label: "Back to the pipeline", onClick: () => router.push(back) },
          duration: 15_000,
        });
      });
    };
  }, [session, router]);
}

/** Why the changes are not saved, in words for the user. */
export function describeUnsaved(status: SaveStatus): string {
  switch (status.kind) {
    case "conflict":
      return "Someone else changed this pipeline since you opened it, so your latest changes could not be saved.";
    case "error":
      return `Your latest changes could not be saved: ${status.message}`;
    case "offline":
      return status.reason === "network"
        ? "The server cannot be reached, so your latest changes are not saved yet. Saving is retried."
        : "The server is unavailable, so your latest changes are not saved yet. Saving is retried.";
    default:
      return "Your latest changes are still being saved.";
  }
}
