"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { apiFetch } from "@/lib/client/api";
import { pipelineKeys } from "@/lib/client/query-keys";
import type { NotebookGroup } from "@/lib/pipeline/groups-view";

// The project's notebook groups (stored membership, GET …/pipeline/groups) and which of them
// this viewer has collapsed. Collapsing is a way of looking, not an edit: it is kept in this
// browser (localStorage), so one person folding a notebook away does not fold it for the team.

const storageKey = (projectId: string) => `mlops-map:collapsed-groups:${projectId}`;

function readCollapsed(projectId: string): Set<string> {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(storageKey(projectId)) ?? "[]");
    return new Set(Array.isArray(saved) ? saved.filter((id): id is string => typeof id === "string") : []);
  } catch {
    return new Set();
  }
}

export function useNotebookGroups(projectId: string) {
  const groups = useQuery({
    queryKey: pipelineKeys.groups(projectId),
    queryFn: ({ signal }) =>
      apiFetch<{ groups: NotebookGroup[] }>(`/api/v1/projects/${projectId}/pipeline/groups`, { signal }),
    select: (data) => data.groups,
  });
  // Read once; the groups come from a query and the canvas renders on the client only, so the
  // server's render (which cannot know this browser's choices) never shows them.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() =>
    typeof window === "undefined" ? new Set() : readCollapsed(projectId),
  );

  const toggle = useCallback(
    (groupId: string) =>
      setCollapsed((current) => {
        const next = new Set(current);
        if (!next.delete(groupId)) next.add(groupId);
        try {
          window.localStorage.setItem(storageKey(projectId), JSON.stringify([...next]));
        } catch {
          // Private mode or a full quota: the choice lasts until the page is left.
        }
        return next;
      }),
    [projectId],
  );
  return { groups: groups.data ?? EMPTY, collapsed, toggle };
}

const EMPTY: NotebookGroup[] = [];
