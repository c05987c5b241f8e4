// Query keys of the roadmap extras. The list's key is the board's too, so "Automate this"
// and "Add to roadmap" refresh what the board shows; the Markdown sits under it.
export const roadmapExtraKeys = {
  list: (projectId: string) => ["projects", projectId, "roadmap"] as const,
  markdown: (projectId: string) => ["projects", projectId, "roadmap", "markdown"] as const,
};
