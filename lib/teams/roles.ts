// Who may do what in a team: the one table the server (which enforces it) and the UI
// (which hides or disables controls) both read. A new feature adds its actions here
// (e.g. "roadmap.edit": { LEAD: "yes", MEMBER: "yes", VIEWER: "no" }) and checks them
// with `can`, never by comparing role names.

export const TEAM_ROLES = ["LEAD", "MEMBER", "VIEWER"] as const;
export type TTeamRole = (typeof TEAM_ROLES)[number];

/** "self": only when the member acted on is the actor (editing one's own skills, leaving). */
export type Grant = "yes" | "self" | "no";

const PERMISSIONS = {
  "team.read": { LEAD: "yes", MEMBER: "yes", VIEWER: "yes" },
  "team.rename": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  // Languages, clouds and tool preference: what the recommendations are fitted to.
  "team.edit_profile": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  "members.set_role": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  // A member's known tools, languages and note; a viewer describes nobody, not even themselves.
  "members.set_skills": { LEAD: "yes", MEMBER: "self", VIEWER: "no" },
  // Removing oneself is leaving the team, which everyone may do (the last lead excepted, see below).
  "members.remove": { LEAD: "yes", MEMBER: "self", VIEWER: "self" },
  "invitations.manage": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  "project.create": { LEAD: "yes", MEMBER: "yes", VIEWER: "no" },
  "project.update": { LEAD: "yes", MEMBER: "yes", VIEWER: "no" },
  "project.delete": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  // Restoring a backup as a new project: it brings its owners and priorities along, which only
  // leads set (pipeline.assign, roadmap.plan), so a member's restore would go round them.
  "project.restore": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  "pipeline.edit": { LEAD: "yes", MEMBER: "yes", VIEWER: "no" },
  // Owners and priorities of pipeline nodes.
  "pipeline.assign": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  // Answering, saving the shared draft and submitting a maturity assessment; viewers read results.
  "assessment.take": { LEAD: "yes", MEMBER: "yes", VIEWER: "no" },
  // Roadmap (issue #12). Reading it is team.read. Proposing = creating items: typed by hand,
  // "Add to roadmap" on a recommendation or next step, "Automate this" on a node.
  "roadmap.propose": { LEAD: "yes", MEMBER: "yes", VIEWER: "no" },
  // Owners, priorities, the order, moves between stages, deleting, saving a generated plan.
  "roadmap.plan": { LEAD: "yes", MEMBER: "no", VIEWER: "no" },
  // An item's status; "self": the item's owner is the actor's membership.
  "roadmap.set_status": { LEAD: "yes", MEMBER: "self", VIEWER: "no" },
  // Content (title, doneWhen, detail, phase, component, tool, nodes, target date);
  // "self": the actor owns or created the item.
  "roadmap.edit": { LEAD: "yes", MEMBER: "self", VIEWER: "no" },
} as const satisfies Record<string, Record<TTeamRole, Grant>>;

export type TeamAction = keyof typeof PERMISSIONS;
export const TEAM_ACTIONS = Object.keys(PERMISSIONS) as TeamAction[];

/**
 * Whether `role` may do `action`. For actions on a member, `self` says whether that
 * member is the actor; without it a "self" grant does not apply.
 */
export function can(role: TTeamRole, action: TeamAction, { self = false }: { self?: boolean } = {}): boolean {
  const grant: Grant = PERMISSIONS[action][role];
  return grant === "yes" || (grant === "self" && self);
}

export const ROLE_LABELS: Record<TTeamRole, string> = { LEAD: "Lead", MEMBER: "Member", VIEWER: "Viewer" };

export const ROLE_DESCRIPTIONS: Record<TTeamRole, string> = {
  LEAD: "Manages members and invitations, assigns owners and priorities, plans the roadmap, deletes projects.",
  MEMBER: "Creates and edits projects and pipelines, adds roadmap items and moves the ones they own.",
  VIEWER: "Sees everything, changes nothing.",
};

/**
 * The last lead keeps a team manageable: a change that would leave no lead is refused.
 * `leadCount` is the number of leads before the change.
 */
export function wouldRemoveLastLead(currentRole: TTeamRole, nextRole: TTeamRole | null, leadCount: number): boolean {
  return currentRole === "LEAD" && nextRole !== "LEAD" && leadCount <= 1;
}
