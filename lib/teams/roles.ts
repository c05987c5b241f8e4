// Who may do what in a team. Pure, so the server (which enforces it) and the UI
// (which disables controls) read the same table.

export const TEAM_ROLES = ["LEAD", "MEMBER", "VIEWER"] as const;
export type TTeamRole = (typeof TEAM_ROLES)[number];

export type TeamAction =
  | "team.read"
  | "team.rename"
  | "members.manage"
  | "invitations.manage"
  | "project.create"
  | "project.update"
  | "project.delete"
  | "pipeline.edit"
  | "pipeline.assign";

const PERMISSIONS: Record<TTeamRole, ReadonlySet<TeamAction>> = {
  VIEWER: new Set(["team.read"]),
  MEMBER: new Set(["team.read", "project.create", "project.update", "pipeline.edit"]),
  LEAD: new Set([
    "team.read",
    "team.rename",
    "members.manage",
    "invitations.manage",
    "project.create",
    "project.update",
    "project.delete",
    "pipeline.edit",
    "pipeline.assign",
  ]),
};

export function can(role: TTeamRole, action: TeamAction): boolean {
  return PERMISSIONS[role].has(action);
}

export const ROLE_LABELS: Record<TTeamRole, string> = { LEAD: "Lead", MEMBER: "Member", VIEWER: "Viewer" };

export const ROLE_DESCRIPTIONS: Record<TTeamRole, string> = {
  LEAD: "Manages members and invitations, assigns owners and priorities, deletes projects.",
  MEMBER: "Creates and edits projects and pipelines.",
  VIEWER: "Sees everything, changes nothing.",
};

/**
 * The last lead keeps a team manageable: a change that would leave no lead is refused.
 * `leadCount` is the number of leads before the change.
 */
export function wouldRemoveLastLead(currentRole: TTeamRole, nextRole: TTeamRole | null, leadCount: number): boolean {
  return currentRole === "LEAD" && nextRole !== "LEAD" && leadCount <= 1;
}
