"use client";

import { useEffect } from "react";
import { apiFetch } from "@/lib/client/api";
import type { AutosaveSession } from "@/lib/client/autosave-session";
import type { PipelineDiagram } from "@/lib/pipeline/types";

// Other people's saves appear without a reload: while the page is visible the editor asks for
// the saved version every few seconds (a few bytes), and fetches the diagram only when it moved
// and nothing of ours is pending (lib/client/autosave-session.ts takeRemote); pending edits go
// out with their base version and the server merges them. Hidden tabs do not poll: the CI
// machine has two cores, and a hidden editor has no one to show the change to.

export const POLL_MS = 4_000;

/** `busy`: the user is in the middle of something (a drag) that a new diagram would yank away. */
export function useRemoteUpdates(projectId: string, session: AutosaveSession, busy: () => boolean, enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    const base = `/api/v1/projects/${projectId}/pipeline`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const controller = new AbortController();
    const idle = () => session.status.kind === "saved" && !session.hasUnsaved() && !busy();

    async function check() {
      if (document.visibilityState !== "visible" || !idle()) return;
      const { version } = await apiFetch<{ version: number }>(`${base}/version`, { signal: controller.signal });
      if (version <= session.version || !idle()) return;
      const { pipeline } = await apiFetch<{ pipeline: PipelineDiagram }>(base, { signal: controller.signal });
      session.takeRemote(pipeline);
    }
    function next() {
      if (stopped) return;
      timer = setTimeout(() => {
        // A failed poll is not worth a message: the next one, or the next save, tells.
        void check()
          .catch(() => undefined)
          .finally(next);
      }, POLL_MS);
    }
    // Coming back to the tab checks at once rather than up to one interval later.
    const onVisible = () => {
      if (document.visibilityState === "visible") void check().catch(() => undefined);
    };
    document.addEventListener("visibilitychange", onVisible);
    next();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [projectId, session, busy, enabled]);
}
