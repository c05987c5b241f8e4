"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch, ApiError } from "@/lib/client/api";
import type { PipelineDiagram } from "@/lib/pipeline/types";

export type SaveStatus =
  | { kind: "saved" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "offline"; retryInMs: number }
  | { kind: "conflict"; theirs: PipelineDiagram }
  | { kind: "error"; message: string };

type Snapshot = Omit<PipelineDiagram, "version">;

const DEBOUNCE_MS = 800;
const MAX_BACKOFF_MS = 30_000;

/**
 * Debounced autosave with optimistic concurrency: each save names the version it was
 * based on. A 409 stops saving and hands the other person's diagram to the caller,
 * who decides; nothing is overwritten or dropped silently.
 */
export function useAutosave({
  projectId,
  initialVersion,
  getSnapshot,
  enabled,
}: {
  projectId: string;
  initialVersion: number;
  getSnapshot: () => Snapshot;
  enabled: boolean;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved" });
  const version = useRef(initialVersion);
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const backoff = useRef(0);
  const inFlight = useRef(false);
  const current = useRef<Promise<void>>(Promise.resolve());
  const blocked = useRef(false);
  const url = `/api/v1/projects/${projectId}/pipeline`;

  const mutation = useMutation({
    mutationFn: (body: Snapshot & { baseVersion: number }) => apiFetch<{ pipeline: PipelineDiagram }>(url, { method: "PUT", body }),
  });
  const { mutateAsync } = mutation;

  // Timers call the latest `save` through this ref (a callback cannot name itself).
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const schedule = useCallback((ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), ms);
  }, []);

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current || blocked.current || revision.current === savedRevision.current) return;
    inFlight.current = true;
    let done = () => {};
    current.current = new Promise<void>((resolve) => (done = resolve));
    const rev = revision.current;
    setStatus({ kind: "saving" });
    try {
      const { pipeline } = await mutateAsync({ ...getSnapshot(), baseVersion: version.current });
      version.current = pipeline.version;
      savedRevision.current = rev;
      backoff.current = 0;
      setStatus(revision.current === rev ? { kind: "saved" } : { kind: "dirty" });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        blocked.current = true;
        setStatus({ kind: "conflict", theirs: error.body.current as PipelineDiagram });
      } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        blocked.current = true;
        setStatus({ kind: "error", message: error.message });
      } else {
        backoff.current = Math.min(MAX_BACKOFF_MS, backoff.current ? backoff.current * 2 : 2000);
        setStatus({ kind: "offline", retryInMs: backoff.current });
        schedule(backoff.current);
      }
    } finally {
      inFlight.current = false;
      done();
    }
    if (!blocked.current && revision.current !== savedRevision.current && backoff.current === 0) schedule(DEBOUNCE_MS);
  }, [getSnapshot, mutateAsync, schedule]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const markDirty = useCallback(() => {
    if (!enabled) return;
    revision.current += 1;
    if (blocked.current) return;
    setStatus((s) => (s.kind === "saving" || s.kind === "offline" ? s : { kind: "dirty" }));
    schedule(DEBOUNCE_MS);
  }, [enabled, schedule]);

  /** Waits for the save under way and saves what is still pending; true when all is saved. */
  const flush = useCallback(async () => {
    await current.current;
    if (revision.current !== savedRevision.current) await save();
    return !blocked.current && revision.current === savedRevision.current;
  }, [save]);

  /** The server wrote this state itself (an import): take its version, nothing to save. */
  const adopt = useCallback((serverVersion: number) => {
    version.current = serverVersion;
    savedRevision.current = revision.current;
    clearTimeout(timer.current);
    setStatus({ kind: "saved" });
  }, []);

  /** After a conflict: continue from `diagram` (theirs), or re-save ours on top of it. */
  const resolve = useCallback(
    (choice: "theirs" | "mine", theirsVersion: number) => {
      version.current = theirsVersion;
      blocked.current = false;
      backoff.current = 0;
      if (choice === "theirs") {
        savedRevision.current = revision.current;
        setStatus({ kind: "saved" });
      } else {
        revision.current += 1;
        void save();
      }
    },
    [save],
  );

  // Leaving the page: save what is pending with a request that outlives the page, and
  // ask the browser to warn when something could still be lost.
  useEffect(() => {
    const flush = () => {
      if (revision.current === savedRevision.current || blocked.current || inFlight.current) return;
      savedRevision.current = revision.current;
      void fetch(url, {
        method: "PUT",
        keepalive: true,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...getSnapshot(), baseVersion: version.current }),
      });
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (revision.current === savedRevision.current) return;
      flush();
      event.preventDefault();
    };
    const onOnline = () => {
      if (backoff.current) {
        backoff.current = 0;
        void save();
      }
    };
    window.addEventListener("beforeunload", onLeave);
    window.addEventListener("online", onOnline);
    return () => {
      window.removeEventListener("beforeunload", onLeave);
      window.removeEventListener("online", onOnline);
      clearTimeout(timer.current);
      // Navigating away inside the app unmounts the editor: send what is pending.
      flush();
    };
  }, [getSnapshot, save, url]);

  return { status, markDirty, flush, adopt, resolve, version };
}
