import { describe, expect, it } from "vitest";
import { noteWith, splitLegacySkills } from "./convert-legacy-skills";

const ALIASES: Record<string, string> = { terraform: "terraform", k8s: "kubernetes", kubernetes: "kubernetes" };
const match = (text: string) => ALIASES[text.toLowerCase()] ?? null;
const known = new Set(["terraform", "kubernetes"]);

describe("splitLegacySkills", () => {
  it("turns skills that name a catalog tool into its slug, once, and keeps the rest", () => {
    expect(
      splitLegacySkills(["Terraform", "data scientist", "k8s", "Kubernetes", " ", "Data Scientist"], match, known),
    ).toEqual({
      slugs: ["terraform", "kubernetes"],
      rest: ["data scientist"],
    });
  });

  it("keeps a match the Tool table does not have as text", () => {
    expect(splitLegacySkills(["k8s"], match, new Set(["terraform"]))).toEqual({ slugs: [], rest: ["k8s"] });
  });
});

describe("noteWith", () => {
  it("appends the unmatched skills after any existing note, comma-separated", () => {
    expect(noteWith("", ["data scientist", "SRE"])).toBe("data scientist, SRE");
    expect(noteWith("Leads the forecasting work", ["SRE"])).toBe("Leads the forecasting work, SRE");
    expect(noteWith("As it was", [])).toBe("As it was");
  });
});
