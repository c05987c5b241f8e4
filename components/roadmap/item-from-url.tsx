"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { useRoadmapActions } from "./roadmap-context";
import { useRoadmapSnapshot } from "./use-roadmap-snapshot";

/**
 * Opens the item named by `?item=<id>` (the "On the roadmap" links of the assessment, the
 * recommendations and the canvas): scrolls its card into view and opens it, once, then drops
 * the parameter so a reload or a shared URL of the board does not reopen it.
 */
export function ItemFromUrl({ projectId }: { projectId: string }) {
  const params = useSearchParams();
  const pathname = usePathname();
  const wanted = params.get("item");
  const { openItem } = useRoadmapActions();
  const data = useRoadmapSnapshot(projectId);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !wanted || !data) return;
    done.current = true;
    const item = data.items.find((i) => i.id === wanted);
    const rest = new URLSearchParams(params.toString());
    rest.delete("item");
    window.history.replaceState(null, "", `${pathname}${rest.size ? `?${rest}` : ""}`);
    if (!item) return;
    document.querySelector(`[data-item-id="${CSS.escape(item.id)}"]`)?.scrollIntoView({ block: "center" });
    openItem(item);
  }, [wanted, data, params, pathname, openItem]);
  return null;
}
