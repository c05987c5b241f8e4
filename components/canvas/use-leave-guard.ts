"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AutosaveSession } from "@/lib/client/autosave-session";
import { inAppDestination, registerLeaveGuard } from "@/lib/client/leave-guard";
import type { LeaveQuestion } from "./leave-dialog";
import { describeUnsaved, forgetSession } from "./use-autosave";

/**
 * Leaving the canvas inside the app waits for its save. A click on any in-app link while
 * something is unsaved is held (caught on `window` before React, so next/link sees it
 * prevented), the pending edits are saved, and then the router goes on. When the save
 * fails the user is asked; leaving then drops the changes (and if a retry saves them
 * meanwhile, the question closes and the navigation goes on). Sign-out awaits the same guard
 * through `confirmLeave`. The browser's back button cannot be held: the session saves in
 * the background and the editor resumes it on return (use-autosave.ts).
 */
export function useLeaveGuard(session: AutosaveSession, projectId: string) {
  const router = useRouter();
  const [leaving, setLeaving] = useState(false);
  const [question, setQuestion] = useState<LeaveQuestion | null>(null);
  // Where the user last asked to go while a leave is under way (a second click retargets it).
  const destination = useRef<string | null>(null);

  const guard = useCallback(async () => {
    if (!session.hasUnsaved()) return true;
    setLeaving(true);
    const saved = await session.flush();
    setLeaving(false);
    if (saved) return true;
    const leave = await new Promise<boolean>((answer) => {
      // A retry may still save while the question is open: then there is nothing left to ask.
      const unsubscribe = session.subscribe(() => session.isSaved() && settle(true));
      const settle = (choice: boolean) => {
        unsubscribe();
        answer(choice);
      };
      setQuestion({ reason: describeUnsaved(session.status), answer: settle });
    });
    setQuestion(null);
    if (leave && session.hasUnsaved()) forgetSession(projectId);
    return leave;
  }, [projectId, session]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (destination.current === null && !session.hasUnsaved()) return;
      const anchor = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>("a[href]") : null;
      const to = inAppDestination(
        event,
        anchor && { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") },
        window.location.href,
      );
      if (!to) return;
      event.preventDefault();
      const underWay = destination.current !== null;
      destination.current = to;
      if (underWay) return;
      void guard().then((leave) => {
        const target = destination.current;
        destination.current = null;
        if (leave && target) router.push(target);
      });
    };
    window.addEventListener("click", onClick, true);
    const unregister = registerLeaveGuard(guard);
    return () => {
      window.removeEventListener("click", onClick, true);
      unregister();
    };
  }, [guard, router, session]);

  return { leaving, question };
}
