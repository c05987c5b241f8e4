// Query keys of the roadmap extras. The list's key is the board's too, so "Automate this"
// and "Add to roadmap" refresh what the board shows; the rest sit under it, so every
// roadmap write (which invalidates the list's key as a prefix) refreshes them as well.
export const roadmapExtraKeys = {
  list: (projectId: string) => ["projects", projectId, "roadmap"] as const,
  markdown: (projectId: string) => ["projects", projectId, "roadmap", "markdown"] as const,
  nodes: (projectId: string) => ["projects", projectId, "roadmap", "pipeline-nodes"] as const,
};
