import { describe, expect, it } from "vitest";
import { dimensionLevel } from "./dimension-level";
import type { MsLevel } from "./types";

describe("dimensionLevel: the lower median, at most one above the weakest answer", () => {
  it.each<[string, MsLevel[], MsLevel]>([
    ["nothing answered is level 0", [], 0],
    ["one answer is its level", [3], 3],
    ["all equal", [2, 2, 2, 2], 2],
    ["odd count: the median", [1, 2, 3], 2],
    ["even count: the lower of the two middle values", [1, 2, 3, 4], 2],
    ["order does not matter", [4, 1, 3, 2], 2],
    ["one lagging answer does not cancel the rest", [3, 3, 3, 2], 3],
    ["but the weakest answer caps the level at one above it", [4, 4, 4, 0], 1],
    ["the cap applies below the median too", [4, 4, 4, 4, 1], 2],
    ["a weak majority wins", [0, 0, 0, 4, 4], 0],
    ["all at the top", [4, 4, 4, 4, 4], 4],
    ["mixed high answers", [3, 4, 4, 4], 4],
  ])("%s: %j → %i", (_, levels, expected) => {
    expect(dimensionLevel(levels)).toBe(expected);
  });
});
