import { describe, expect, it } from "vitest";
import { component, diagram, step } from "./fixtures/diagrams";
import { pipelineFacts } from "./pipeline-facts";

// Which component a node provides is lib/assessment/diagram-facts.ts's componentOfNode (tested there).
describe("pipelineFacts", () => {
  const d = diagram(
    [
      component("a", "model_api"),
      step("b", "testing"),
      step("c", "deployment", { automation: "PARTIAL" }),
      component("d", "monitoring", { priority: "P2" }),
      component("e", "monitoring", { priority: "P1" }),
    ],
    [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["b", "d"],
      ["d", "a"],
      ["a", "ghost"],
    ],
  );
  const facts = pipelineFacts(d);

  it("keeps the most automated providing node, ids sorted", () => {
    expect(facts.presence.monitoring).toEqual({ best: "MANUAL", nodeIds: ["d", "e"] });
    expect(facts.presence.hosting).toEqual({ best: "PARTIAL", nodeIds: ["c"] });
    expect(facts.presence.caching).toEqual({ best: null, nodeIds: [] });
  });

  it("counts each manual node downstream once, through cycles, ignoring dangling edges", () => {
    // From a: b (manual), c (partial: not counted), d (manual); a itself is the start.
    expect(facts.manualDownstream(["a"], "model_api")).toBe(2);
    expect(facts.manualDownstream(["a"], "monitoring")).toBe(1);
    expect(facts.manualDownstream(["e"], "monitoring")).toBe(0);
  });

  it("finds the top lead priority among nodes", () => {
    expect(facts.topPriority(["d", "e"])).toEqual({ priority: "P1", title: "e" });
    expect(facts.topPriority(["a"])).toBeNull();
  });
});
