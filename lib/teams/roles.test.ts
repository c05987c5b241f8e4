import { describe, expect, it } from "vitest";
import { can, TEAM_ACTIONS, TEAM_ROLES, wouldRemoveLastLead, type TeamAction, type TTeamRole } from "./roles";

// The whole table, written out as the product rules say it: [on others, on oneself] per role.
type Row = Record<TTeamRole, [others: boolean, self: boolean]>;
const EXPECTED: Record<TeamAction, Row> = {
  "team.read": { LEAD: [true, true], MEMBER: [true, true], VIEWER: [true, true] },
  "team.rename": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "team.edit_profile": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "members.set_role": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "members.set_skills": { LEAD: [true, true], MEMBER: [false, true], VIEWER: [false, false] },
  "members.remove": { LEAD: [true, true], MEMBER: [false, true], VIEWER: [false, true] },
  "invitations.manage": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "project.create": { LEAD: [true, true], MEMBER: [true, true], VIEWER: [false, false] },
  "project.update": { LEAD: [true, true], MEMBER: [true, true], VIEWER: [false, false] },
  "project.delete": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "project.restore": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "pipeline.edit": { LEAD: [true, true], MEMBER: [true, true], VIEWER: [false, false] },
  "pipeline.assign": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "assessment.take": { LEAD: [true, true], MEMBER: [true, true], VIEWER: [false, false] },
  "roadmap.propose": { LEAD: [true, true], MEMBER: [true, true], VIEWER: [false, false] },
  "roadmap.plan": { LEAD: [true, true], MEMBER: [false, false], VIEWER: [false, false] },
  "roadmap.set_status": { LEAD: [true, true], MEMBER: [false, true], VIEWER: [false, false] },
  "roadmap.edit": { LEAD: [true, true], MEMBER: [false, true], VIEWER: [false, false] },
};

describe("can", () => {
  it("has exactly the actions the rules name", () => {
    expect([...TEAM_ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cases = TEAM_ACTIONS.flatMap((action) =>
    TEAM_ROLES.flatMap((role) =>
      [false, true].map((self) => ({ action, role, self, allowed: EXPECTED[action][role][self ? 1 : 0] })),
    ),
  );
  it.each(cases)("$role $action (self: $self) → $allowed", ({ action, role, self, allowed }) => {
    expect(can(role, action, { self })).toBe(allowed);
  });

  it("applies a self-only grant only when told the member is the actor", () => {
    expect(can("MEMBER", "members.set_skills")).toBe(false);
    expect(can("VIEWER", "members.remove")).toBe(false);
  });

  it("lets leads do everything", () => {
    for (const action of TEAM_ACTIONS) expect(can("LEAD", action)).toBe(true);
  });

  it("lets viewers do nothing to others but read", () => {
    expect(TEAM_ACTIONS.filter((action) => can("VIEWER", action))).toEqual(["team.read"]);
  });

  it("knows every role", () => {
    expect(TEAM_ROLES).toEqual(["LEAD", "MEMBER", "VIEWER"]);
  });
});

describe("wouldRemoveLastLead", () => {
  it("refuses to demote or remove the only lead", () => {
    expect(wouldRemoveLastLead("LEAD", "MEMBER", 1)).toBe(true);
    expect(wouldRemoveLastLead("LEAD", null, 1)).toBe(true);
  });
  it("allows it when another lead remains", () => {
    expect(wouldRemoveLastLead("LEAD", "VIEWER", 2)).toBe(false);
  });
  it("does not concern other roles", () => {
    expect(wouldRemoveLastLead("MEMBER", null, 1)).toBe(false);
    expect(wouldRemoveLastLead("LEAD", "LEAD", 1)).toBe(false);
  });
});
