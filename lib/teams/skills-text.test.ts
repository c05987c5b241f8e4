import { describe, expect, it } from "vitest";
import { splitSkills, ZSkillsForm } from "./skills-text";

describe("splitSkills", () => {
  it("splits on commas, trims and drops empty entries", () => {
    expect(splitSkills(" data scientist, ,DevOps ,")).toEqual(["data scientist", "DevOps"]);
    expect(splitSkills("")).toEqual([]);
  });
});

describe("ZSkillsForm", () => {
  it("gives ZSkills's list, duplicates by case dropped", () => {
    expect(ZSkillsForm.parse({ text: "SRE, sre, DevOps" })).toEqual({ text: ["SRE", "DevOps"] });
    expect(ZSkillsForm.parse({ text: " " })).toEqual({ text: [] });
  });

  it("reports ZSkills's first problem on the text field itself", () => {
    const result = ZSkillsForm.safeParse({ text: `ok, ${"x".repeat(41)}` });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ["text"], message: "A skill must be at most 40 characters." },
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `skill ${i}`).join(",");
    expect(ZSkillsForm.safeParse({ text: many }).error?.issues[0]?.message).toBe("At most 20 skills.");
  });
});
