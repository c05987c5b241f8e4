import { describe, expect, it } from "vitest";
import { ceilingNotes } from "./ceiling-notes";

const teams = [
  { id: "a", name: "Alpha", role: "LEAD" as const },
  { id: "b", name: "Beta", role: "MEMBER" as const },
  { id: "c", name: "Gamma", role: "VIEWER" as const },
];

describe("ceilingNotes", () => {
  it("names the chosen teams where the user's role is below the ceiling", () => {
    expect(ceilingNotes(teams, null, "LEAD")).toEqual([
      "Beta: you are a member there, so the token acts as one.",
      "Gamma: you are a viewer there, so the token acts as one.",
    ]);
    expect(ceilingNotes(teams, ["a", "b"], "MEMBER")).toEqual([]);
    expect(ceilingNotes(teams, ["c"], "MEMBER")).toHaveLength(1);
  });

  it("has nothing to say about a read-only token", () => {
    expect(ceilingNotes(teams, null, "VIEWER")).toEqual([]);
  });
});
