"use client";

import { useCallback, useState } from "react";

// Whether this viewer wants the minimap. It sits over the lower right of the canvas, where a
// fitted view puts cards (the PROD lane's last ones): shown by default it covered them, and
// fitting around it would cost the lanes their legible zoom. So it is off until asked for, and
// the choice is kept in this browser, like the collapsed notebook groups.

const KEY = "mlops-map:minimap";

export function useMinimapChoice() {
  const [shown, setShown] = useState(() => typeof window !== "undefined" && readChoice());
  const toggle = useCallback(
    () =>
      setShown((current) => {
        try {
          window.localStorage.setItem(KEY, current ? "off" : "on");
        } catch {
          // Private mode or a full quota: the choice lasts until the page is left.
        }
        return !current;
      }),
    [],
  );
  return { shown, toggle };
}

function readChoice(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "on";
  } catch {
    return false;
  }
}
