import { roadmapKeys } from "@/lib/client/query-keys";

// Query keys of the roadmap extras, under the board's key (lib/client/query-keys.ts): every
// roadmap write settles that key as a prefix, so the Markdown preview and the progress
// header's pipeline nodes refresh with it.
export const roadmapExtraKeys = {
  markdown: (projectId: string) => [...roadmapKeys.board(projectId), "markdown"] as const,
  nodes: (projectId: string) => [...roadmapKeys.board(projectId), "pipeline-nodes"] as const,
};
