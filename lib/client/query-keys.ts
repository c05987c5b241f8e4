// Query-key factories: one place decides what a mutation invalidates.
export const teamKeys = {
  all: ["teams"] as const,
  detail: (teamId: string) => ["teams", teamId] as const,
  members: (teamId: string) => ["teams", teamId, "members"] as const,
  invitations: (teamId: string) => ["teams", teamId, "invitations"] as const,
};

export const projectKeys = {
  list: (teamId: string) => ["teams", teamId, "projects"] as const,
  detail: (projectId: string) => ["projects", projectId] as const,
  pipeline: (projectId: string) => ["projects", projectId, "pipeline"] as const,
};
