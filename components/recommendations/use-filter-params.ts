"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { pageFilters, type TRecommendationFilters } from "@/lib/validation/recommendation-filters";

/**
 * The filters live in the URL (shareable, kept on reload); a bad parameter is ignored, not
 * fatal. They filter what the page already has, so the URL changes through the History API
 * (which Next keeps in step with useSearchParams) without asking the server again.
 */
export function useFilterParams(): [TRecommendationFilters, (next: TRecommendationFilters) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const filters = useMemo(() => pageFilters(new URLSearchParams(params.toString())), [params]);
  const setFilters = useCallback(
    (next: TRecommendationFilters) => {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
      const search = query.toString();
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
    },
    [pathname],
  );
  return [filters, setFilters];
}
