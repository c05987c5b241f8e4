import { describe, expect, it } from "vitest";
import { CATALOG } from "../catalog/catalog";
import { COMPONENT_IDS, getComponent, type ComponentId } from "../pipeline/components";
import { STAGES } from "../pipeline/types";
import { PREREQUISITES, TAKES_OVER } from "./component-rules";
import { tool } from "./fixtures/catalog";
import { prerequisitesOf } from "./gaps";

const stageIndex = (id: ComponentId) => STAGES.indexOf(getComponent(id).stage);

describe("component rules", () => {
  it("never make a component its own prerequisite, directly or through others (with the catalog's shared ones)", () => {
    for (const start of COMPONENT_IDS) {
      const seen = new Set<ComponentId>();
      const stack = [...prerequisitesOf(start, CATALOG)];
      while (stack.length > 0) {
        const id = stack.pop() as ComponentId;
        expect(id, `${start} needs itself`).not.toBe(start);
        if (seen.has(id)) continue;
        seen.add(id);
        stack.push(...prerequisitesOf(id, CATALOG));
      }
    }
  });

  it("only name prerequisites of the same or an earlier stage, so blocking never reorders the stages", () => {
    for (const id of COMPONENT_IDS)
      for (const needed of PREREQUISITES[id])
        expect(stageIndex(needed), `${id} → ${needed}`).toBeLessThanOrEqual(stageIndex(id));
  });

  it("never let a component take over its own work", () => {
    for (const id of COMPONENT_IDS) expect(TAKES_OVER[id]).not.toContain(id);
  });

  it("add the prerequisites every tool of a component shares, and only those", () => {
    // Not every autoscaling tool needs anything more (Cloud Run does not): the table's row stands.
    expect([...prerequisitesOf("autoscaling", CATALOG)].sort()).toEqual(["containerization", "hosting"]);
    const both = [
      tool({ slug: "a", components: ["caching"], aptness: [3], prerequisites: ["hosting", "monitoring"] }),
      tool({ slug: "b", components: ["caching"], aptness: [3], prerequisites: ["hosting", "caching"] }),
    ];
    expect([...prerequisitesOf("caching", both)].sort()).toEqual(["hosting", "model_api"]);
  });
});
