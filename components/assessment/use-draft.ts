"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { Answers } from "@/lib/assessment/types";
import { apiFetch, ApiError } from "@/lib/client/api";
import { DraftSaver, type DraftRef, type DraftSaveStatus, type DraftSendResult } from "@/lib/client/draft-saver";
import { fitsKeepalive } from "@/lib/client/keepalive";
import { inAppDestination, registerLeaveGuard } from "@/lib/client/leave-guard";
import type { TAssessment } from "@/lib/validation/assessment-records";

type SaveVars = { ref: DraftRef; answers: Answers; bankVersion: number; keepalive: boolean };

/**
 * The questionnaire's answers and their autosave (lib/client/draft-saver.ts): each change
 * is saved about 800 ms later through a TanStack mutation; leaving the page inside the app
 * saves what is pending (the request outlives the component), and closing the tab asks
 * while anything is unsaved.
 */
export function useDraft(
  projectId: string,
  bankVersion: number,
  start: { ref: DraftRef; answers: Answers; savedAt: string | null },
) {
  const [answers, setAnswers] = useState<Answers>(start.answers);
  const [status, setStatus] = useState<DraftSaveStatus>({ kind: "saved", at: start.savedAt });
  const { mutateAsync } = useMutation({
    mutationFn: ({ ref, answers, bankVersion, keepalive }: SaveVars) => {
      const body = ref.id ? { version: ref.version, bankVersion, answers } : { bankVersion, answers };
      const json = JSON.stringify(body);
      const url = ref.id
        ? `/api/v1/projects/${projectId}/assessments/${ref.id}`
        : `/api/v1/projects/${projectId}/assessments/draft`;
      return apiFetch<{ assessment: TAssessment }>(url, {
        method: "PUT",
        json,
        keepalive: keepalive && fitsKeepalive(json),
      });
    },
  });
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          send: async (ref, answers, { keepalive }): Promise<DraftSendResult> => {
            try {
              const { assessment } = await mutateAsync({ ref, answers, bankVersion, keepalive });
              return { ok: true, id: assessment.id, version: assessment.version, updatedAt: assessment.updatedAt };
            } catch (error) {
              if (!(error instanceof ApiError)) throw error;
              return {
                ok: false,
                status: error.status,
                code: error.code,
                message: error.message,
                current: error.body.current,
              };
            }
          },
          onStatus: setStatus,
        },
        start.ref,
        start.answers,
      ),
  );

  const router = useRouter();
  useEffect(() => {
    // A click on an in-app link waits for the save, so the next page (or coming back) sees it.
    const onClick = (event: MouseEvent) => {
      if (!saver.isBusy()) return;
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      const to = inAppDestination(
        event,
        anchor && { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") },
        window.location.href,
      );
      if (!to) return;
      event.preventDefault();
      void saver.flush().then(() => router.push(to));
    };
    window.addEventListener("click", onClick, { capture: true });
    const unregister = registerLeaveGuard(() => saver.flush().then(() => true));
    return () => {
      window.removeEventListener("click", onClick, { capture: true });
      unregister();
    };
  }, [saver, router]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved()) return;
      void saver.save({ keepalive: true });
      event.preventDefault();
    };
    const onHidden = () => document.visibilityState === "hidden" && void saver.save({ keepalive: true });
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("visibilitychange", onHidden);
      // Leaving inside the app: the pending answers are sent now; the request outlives us.
      void saver.save({ keepalive: true }).finally(() => saver.dispose());
    };
  }, [saver]);

  const answer = useCallback(
    (questionId: string, optionId: string) => {
      setAnswers((current) => {
        const next = { ...current, [questionId]: optionId };
        saver.change(next);
        return next;
      });
    },
    [saver],
  );

  const answerMany = useCallback(
    (patch: Answers) => {
      setAnswers((current) => {
        const next = { ...current, ...patch };
        saver.change(next);
        return next;
      });
    },
    [saver],
  );

  /** After a conflict: take the teammate's draft, or put ours on top of it. */
  const resolve = useCallback(
    (theirs: TAssessment, keepMine: boolean) => {
      if (!keepMine) setAnswers(theirs.answers);
      saver.resolve({ id: theirs.id, version: theirs.version }, keepMine);
    },
    [saver],
  );

  return { answers, status, saver, answer, answerMany, resolve };
}

/** Submit: the pending answers are saved first (the draft is started if need be), then the draft is submitted. */
export function useSubmitDraft(projectId: string, resultsPath: (id: string) => string) {
  const router = useRouter();
  return useMutation({
    mutationFn: async (saver: DraftSaver) => {
      if (!(await saver.flush({ force: true })))
        throw new Error("Your latest answers are not saved yet. Try again in a moment.");
      const { id, version } = saver.draft;
      return apiFetch<{ assessment: TAssessment }>(`/api/v1/projects/${projectId}/assessments/${id}/submit`, {
        method: "POST",
        body: { version },
      });
    },
    onSuccess: ({ assessment }) => {
      router.push(resultsPath(assessment.id));
      router.refresh();
    },
  });
}
