"use client";

import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/client/api";
import { pipelineKeys } from "@/lib/client/query-keys";

export type NodeCell = { index: number; source: string };

/** GET …/pipeline/nodes/:nodeId/cells, once `enabled` (the cells are opened); imported cells never change. */
export function useNodeCells(projectId: string, nodeId: string, enabled: boolean) {
  return useQuery({
    queryKey: pipelineKeys.nodeCells(projectId, nodeId),
    queryFn: ({ signal }) =>
      apiFetch<{ cells: NodeCell[] }>(`/api/v1/projects/${projectId}/pipeline/nodes/${nodeId}/cells`, { signal }),
    enabled,
    staleTime: Infinity,
  });
}
