"use client";

import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from "react";

// The editor's frame: it fills the window below the page header (measured, since the header's
// height depends on the project's description and the window width), and it can go full
// screen. The Fullscreen API is used where the browser has it; elsewhere (iOS Safari, a
// refused request) a fixed overlay stands in. Esc leaves either: the browser handles it for
// real full screen, the keydown listener below for the overlay.

/** Below this the canvas is too cramped to use; the page scrolls instead. */
const MIN_HEIGHT = 480;
/** Room kept under the editor so its border and rounded corners show. */
const BOTTOM_GAP = 16;

export type FrameMode = "page" | "fullscreen" | "overlay";

export function useEditorFrame(ref: RefObject<HTMLElement | null>) {
  const [height, setHeight] = useState<number | null>(null);
  const [mode, setMode] = useState<FrameMode>("page");

  useLayoutEffect(() => {
    if (mode !== "page") return;
    const measure = () => {
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      const next = Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP));
      // Set on the element at once as well: the opening viewport (use-opening-viewport.ts) is
      // fitted in this same layout phase, and must see the final size, not the first guess.
      el.style.height = `${next}px`;
      setHeight(next);
    };
    measure();
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, [ref, mode]);

  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement === ref.current && ref.current) setMode("fullscreen");
      else setMode((m) => (m === "fullscreen" ? "page" : m));
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [ref]);

  useEffect(() => {
    if (mode === "page") return;
    const onKey = (event: KeyboardEvent) => {
      // A dialog or menu open inside the editor takes its own Esc first. In real full screen the
      // browser usually keeps Esc to itself and leaves; when it lets the key through, leave here.
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (mode === "overlay") setMode("page");
      else void document.exitFullscreen().catch(() => setMode("page"));
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [mode]);

  const toggle = useCallback(async () => {
    const el = ref.current;
    if (!el) return;
    if (mode === "fullscreen") return void (await document.exitFullscreen().catch(() => undefined));
    if (mode === "overlay") return setMode("page");
    if (el.requestFullscreen && document.fullscreenEnabled) {
      try {
        await el.requestFullscreen();
        return;
      } catch {
        // Refused (no user gesture, a permissions policy): the overlay below does the job.
      }
    }
    setMode("overlay");
  }, [ref, mode]);

  return { height, mode, toggle, full: mode !== "page" };
}
