// Query-key factories: one place decides what a mutation invalidates.
export const teamKeys = {
  members: (teamId: string) => ["teams", teamId, "members"] as const,
  invitations: (teamId: string) => ["teams", teamId, "invitations"] as const,
  profile: (teamId: string) => ["teams", teamId, "profile"] as const,
};

export const projectKeys = {
  list: (teamId: string) => ["teams", teamId, "projects"] as const,
  /** "Chosen for the roadmap" items (assessment practices, recommended tools). */
  choices: (projectId: string) => ["projects", projectId, "choices"] as const,
};

export const pipelineKeys = {
  /** A step's notebook cells (never change once imported). */
  groups: (projectId: string) => ["projects", projectId, "pipeline", "groups"] as const,
  nodeCells: (projectId: string, nodeId: string) =>
    ["projects", projectId, "pipeline", "nodes", nodeId, "cells"] as const,
};

export const choiceKeys = {
  list: (projectId: string) => ["projects", projectId, "choices"] as const,
};

export const roadmapKeys = {
  /** GET …/roadmap: items, members and the order's version; every roadmap write settles it. */
  board: (projectId: string) => ["projects", projectId, "roadmap"] as const,
  history: (projectId: string, itemId: string) => ["projects", projectId, "roadmap", "history", itemId] as const,
};

export const accountKeys = {
  /** GET /api/v1/tokens: the user's personal API tokens. */
  apiTokens: () => ["account", "api-tokens"] as const,
};
