import { describe, expect, it } from "vitest";
import { component, diagram, step } from "./fixtures/diagrams";
import { componentOfNode, pipelineFacts } from "./pipeline-facts";

describe("componentOfNode", () => {
  it("takes a component node's category, maps steps (automation included) and ignores data and external nodes", () => {
    expect(componentOfNode({ kind: "component", category: "caching", automation: "MANUAL" })).toBe("caching");
    expect(componentOfNode({ kind: "component", category: "nope", automation: "MANUAL" })).toBeNull();
    expect(componentOfNode({ kind: "step", category: "serving", automation: "MANUAL" })).toBe("model_api");
    expect(componentOfNode({ kind: "step", category: "model_training", automation: "MANUAL" })).toBe("notebooks");
    expect(componentOfNode({ kind: "step", category: "model_training", automation: "AUTOMATED" })).toBe(
      "pipeline_orchestration",
    );
    expect(componentOfNode({ kind: "step", category: "other", automation: "MANUAL" })).toBeNull();
    expect(componentOfNode({ kind: "data", category: null, automation: "AUTOMATED" })).toBeNull();
  });
});

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
