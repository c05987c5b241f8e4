"use client";

import { useEffect, useRef } from "react";

type Shortcuts = {
  enabled: boolean;
  undo: () => void;
  redo: () => void;
  copy: () => unknown;
  paste: () => void;
  duplicate: () => void;
};

/** Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z (or Ctrl+Y), Ctrl/Cmd+C/V/D — except while typing in a field. */
export function useEditorShortcuts(shortcuts: Shortcuts) {
  const current = useRef(shortcuts);
  useEffect(() => {
    current.current = shortcuts;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const s = current.current;
      if (!s.enabled || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true], [role=dialog], [role=listbox]")) return;
      const key = event.key.toLowerCase();
      const action =
        key === "z"
          ? event.shiftKey
            ? s.redo
            : s.undo
          : key === "y"
            ? s.redo
            : key === "c"
              ? s.copy
              : key === "v"
                ? s.paste
                : key === "d"
                  ? s.duplicate
                  : null;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
