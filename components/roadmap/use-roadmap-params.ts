"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewParams, viewToParams, type RoadmapView } from "@/lib/roadmap/view-filters";
import { parseTab, withTab, type RoadmapTab } from "@/lib/roadmap/view-tab";

/**
 * The tab (`view`) and the table's sort and filters live in the URL: shareable, kept on
 * reload, a bad value ignored. They shape what the page already has, so the URL changes
 * through the History API (Next keeps useSearchParams in step) without a server round trip.
 */
export function useRoadmapParams() {
  const params = useSearchParams();
  const pathname = usePathname();
  const tab = parseTab(params.get("view"));
  const view = useMemo(() => parseViewParams(new URLSearchParams(params.toString())).view, [params]);
  const write = useCallback(
    (nextTab: RoadmapTab, nextView: RoadmapView) => {
      window.history.replaceState(null, "", `${pathname}${withTab(viewToParams(nextView).toString(), nextTab)}`);
    },
    [pathname],
  );
  const setTab = useCallback((next: RoadmapTab) => write(next, view), [write, view]);
  const setView = useCallback((next: RoadmapView) => write(tab, next), [write, tab]);
  return { tab, setTab, view, setView };
}
