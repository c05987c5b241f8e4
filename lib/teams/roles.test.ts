import { describe, expect, it } from "vitest";
import { can, TEAM_ROLES, wouldRemoveLastLead } from "./roles";

describe("can", () => {
  it("lets viewers only read", () => {
    expect(can("VIEWER", "team.read")).toBe(true);
    for (const action of ["project.create", "project.update", "project.delete", "members.manage", "pipeline.edit"] as const) {
      expect(can("VIEWER", action)).toBe(false);
    }
  });

  it("lets members edit projects but not manage the team or delete projects", () => {
    expect(can("MEMBER", "project.create")).toBe(true);
    expect(can("MEMBER", "project.update")).toBe(true);
    expect(can("MEMBER", "project.delete")).toBe(false);
    expect(can("MEMBER", "members.manage")).toBe(false);
    expect(can("MEMBER", "pipeline.assign")).toBe(false);
  });

  it("lets leads do everything a member can, and more", () => {
    for (const action of ["team.read", "project.create", "project.update", "pipeline.edit"] as const) {
      expect(can("LEAD", action)).toBe(true);
    }
    expect(can("LEAD", "members.manage")).toBe(true);
    expect(can("LEAD", "pipeline.assign")).toBe(true);
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
