import { describe, expect, it } from "vitest";
import { automateQuestion, nodesToAutomate } from "./automation-ask";

describe("nodesToAutomate", () => {
  const nodes = [
    { id: "a", automation: "MANUAL" as const },
    { id: "b", automation: "PARTIAL" as const },
    { id: "c", automation: "AUTOMATED" as const },
  ];

  it("keeps linked steps that are in the diagram and not automated, in link order", () => {
    expect(nodesToAutomate(["c", "b", "gone", "a"], nodes)).toEqual(["b", "a"]);
  });

  it("is empty when nothing linked needs it", () => {
    expect(nodesToAutomate([], nodes)).toEqual([]);
    expect(nodesToAutomate(["c", "gone"], nodes)).toEqual([]);
  });

  it("asks with the count", () => {
    expect(automateQuestion(1)).toBe("Mark the linked step automated?");
    expect(automateQuestion(3)).toBe("Mark the 3 linked steps automated?");
  });
});
