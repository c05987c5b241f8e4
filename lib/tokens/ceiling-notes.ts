import { ROLE_LABELS, type TTeamRole } from "@/lib/teams/roles";
import { effectiveRole } from "./token-grant";

// The settings page allows a ceiling above the user's role in a team (it is a ceiling:
// the lower of the two applies), but says where, so nobody expects a member's token to lead.

export const CEILING_LABELS: Record<TTeamRole, string> = {
  VIEWER: "Read-only",
  MEMBER: "Member",
  LEAD: "Lead",
};

/** One line per chosen team where the token will act below its ceiling, e.g. "Data: you are a member there." */
export function ceilingNotes(
  teams: readonly { id: string; name: string; role: TTeamRole }[],
  chosen: readonly string[] | null,
  ceiling: TTeamRole,
): string[] {
  return teams
    .filter((team) => chosen === null || chosen.includes(team.id))
    .filter((team) => effectiveRole(team.role, { id: "", teamIds: null, ceiling }) !== ceiling)
    .map((team) => `${team.name}: you are a ${ROLE_LABELS[team.role].toLowerCase()} there, so the token acts as one.`);
}
