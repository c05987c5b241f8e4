import { describe, expect, it } from "vitest";
import { googleLevel, LEVEL_1_REQUIREMENTS, LEVEL_2_REQUIREMENTS } from "./google-level";
import { GOOGLE_REQUIREMENTS, type GoogleRequirement } from "./types";

const level = (reqs: readonly GoogleRequirement[]) => googleLevel(new Set(reqs));

describe("googleLevel: explicit rules, never an average", () => {
  it("splits the requirements between level 1 and level 2", () => {
    expect([...LEVEL_1_REQUIREMENTS, ...LEVEL_2_REQUIREMENTS].sort()).toEqual([...GOOGLE_REQUIREMENTS].sort());
  });

  it("nothing established is level 0, missing all of level 1", () => {
    expect(level([])).toEqual({ level: 0, missing: [...LEVEL_1_REQUIREMENTS] });
  });

  it.each(LEVEL_1_REQUIREMENTS.map((r) => [r]))(
    "missing only %s keeps level 0, even with both level-2 extras",
    (missingOne) => {
      const all = GOOGLE_REQUIREMENTS.filter((r) => r !== missingOne);
      expect(level(all)).toEqual({ level: 0, missing: [missingOne] });
    },
  );

  it("all of level 1 is level 1, missing both level-2 extras", () => {
    expect(level(LEVEL_1_REQUIREMENTS)).toEqual({ level: 1, missing: ["pipeline_ci_cd", "model_registry"] });
  });

  it.each(LEVEL_2_REQUIREMENTS.map((r) => [r]))(
    "level 1 plus only one extra stays level 1, missing %s",
    (missingOne) => {
      const all = GOOGLE_REQUIREMENTS.filter((r) => r !== missingOne);
      expect(level(all)).toEqual({ level: 1, missing: [missingOne] });
    },
  );

  it("level 2 needs all of level 1 and both extras", () => {
    expect(level(GOOGLE_REQUIREMENTS)).toEqual({ level: 2, missing: [] });
  });

  it("the level-2 extras alone are level 0", () => {
    expect(level(LEVEL_2_REQUIREMENTS).level).toBe(0);
  });
});
