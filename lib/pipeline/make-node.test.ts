import { describe, expect, it } from "vitest";
import { makeNode, NODE_DEFAULTS } from "./make-node";

const seed = { id: "n_1", kind: "step", title: "Train", phase: "ML", stage: "MVP" } as const;

describe("makeNode", () => {
  it("fills every field the seed leaves out from the defaults", () => {
    expect(makeNode(seed)).toEqual({ ...seed, ...NODE_DEFAULTS });
  });

  it("keeps what the seed gives, and treats an explicit undefined as not given", () => {
    const node = makeNode({
      ...seed,
      automation: "AUTOMATED",
      priority: "P1",
      description: undefined,
      sourceCells: [3, 4],
    });
    expect(node).toMatchObject({ automation: "AUTOMATED", priority: "P1", description: "", sourceCells: [3, 4] });
  });

  it("never shares its position or cells with the seed or the defaults", () => {
    const cells = [1];
    const position = { x: 5, y: 6 };
    const node = makeNode({ ...seed, position, sourceCells: cells });
    node.position.x = 99;
    node.sourceCells!.push(2);
    expect(position).toEqual({ x: 5, y: 6 });
    expect(cells).toEqual([1]);
    makeNode(seed).position.y = 42;
    expect(NODE_DEFAULTS.position).toEqual({ x: 0, y: 0 });
  });
});
