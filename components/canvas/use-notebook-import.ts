"use client";

import { useReactFlow } from "@xyflow/react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { toast } from "sonner";
import { apiFetch } from "@/lib/client/api";
import { pipelineKeys } from "@/lib/client/query-keys";
import type { AutosaveSession } from "@/lib/client/autosave-session";
import { cellsForImport } from "@/lib/pipeline/import-cells";
import type { NotebookImport, TStepsImport } from "@/lib/validation/notebook-import";
import type { PipelineDiagram } from "@/lib/pipeline/types";
import { FIT_VIEW } from "./fit-view";

type ImportBody = TStepsImport;
type ImportResult = { pipeline: PipelineDiagram; addedNodeIds: string[] };

/** POST /api/v1/projects/:projectId/pipeline/import. */
export function useImportStepsMutation(projectId: string) {
  return useMutation({
    mutationFn: (body: ImportBody) =>
      apiFetch<ImportResult>(`/api/v1/projects/${projectId}/pipeline/import`, { method: "POST", body }),
  });
}

/**
 * Adds notebook steps to the diagram; with `sourceOf` (the preview's cell sources) each step
 * keeps its cells' source for the inspector. The server adds them (one transaction, version-checked)
 * once the editor's own changes are saved; the editor takes the result as one edit through
 * `commitDiagram`, so a single undo removes the whole import. Throws, for the import dialog
 * to show, when the latest changes could not be saved first or the server refuses.
 */
export function useNotebookImport(
  projectId: string,
  session: AutosaveSession,
  commitDiagram: (diagram: PipelineDiagram) => void,
) {
  const flow = useReactFlow();
  const { mutateAsync } = useImportStepsMutation(projectId);
  const queryClient = useQueryClient();
  return useCallback(
    async (notebook: NotebookImport, sourceOf?: (index: number) => string | undefined, notebookName?: string) => {
      if (!(await session.flush()))
        throw new Error("Your latest changes are not saved yet. Resolve that first, then import.");
      const cells = sourceOf ? cellsForImport(notebook.steps, sourceOf) : undefined;
      const name = notebookName ? { name: notebookName } : undefined;
      const { pipeline, addedNodeIds } = await mutateAsync({
        baseVersion: session.version,
        ...notebook,
        cells,
        notebook: name,
      });
      void queryClient.invalidateQueries({ queryKey: pipelineKeys.groups(projectId) });
      commitDiagram(pipeline);
      session.adopt(pipeline);
      const files = notebook.data?.length ?? 0;
      const withData = files ? ` and ${files} data ${files === 1 ? "node" : "nodes"}` : "";
      toast.success(`Added ${notebook.steps.length} steps${withData} from the notebook.`, {
        description: "Undo removes the whole import.",
      });
      window.requestAnimationFrame(() => void flow.fitView({ ...FIT_VIEW, nodes: addedNodeIds.map((id) => ({ id })) }));
    },
    [session, commitDiagram, flow, mutateAsync, queryClient, projectId],
  );
}
