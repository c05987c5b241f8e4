import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STAGES } from "../pipeline/types";
import {
  KEYBOARD_MOVES,
  locate,
  moveItem,
  moveItemTo,
  nextPosition,
  orderOf,
  positionChanges,
  positionsOf,
  validateReorder,
} from "./order";
import type { OrderedItem, StageOrder } from "./types";

const items: OrderedItem[] = [
  { id: "b", stage: "EXPERIMENTAL", position: 1 },
  { id: "a", stage: "EXPERIMENTAL", position: 0 },
  { id: "c", stage: "MVP", position: 0 },
  { id: "e", stage: "PRODUCTIONIZATION", position: 3 },
  { id: "d", stage: "PRODUCTIONIZATION", position: 3 },
];
const order: StageOrder = { EXPERIMENTAL: ["a", "b"], MVP: ["c"], PRODUCTIONIZATION: ["d", "e"] };

describe("orderOf / positionsOf", () => {
  it("orders by stage, position, then id", () => {
    expect(orderOf(items)).toEqual(order);
  });

  it("gives 0-based positions per stage, and only the changed ones as changes", () => {
    expect(positionsOf(order).filter((p) => p.stage === "PRODUCTIONIZATION")).toEqual([
      { id: "d", stage: "PRODUCTIONIZATION", position: 0 },
      { id: "e", stage: "PRODUCTIONIZATION", position: 1 },
    ]);
    expect(positionChanges(items, order)).toEqual([
      { id: "d", stage: "PRODUCTIONIZATION", position: 0 },
      { id: "e", stage: "PRODUCTIONIZATION", position: 1 },
    ]);
  });
});

describe("validateReorder", () => {
  const ids = items.map((i) => i.id);

  it("accepts every item exactly once; a stage left out is empty", () => {
    const result = validateReorder(ids, { EXPERIMENTAL: ["e", "d", "c", "b", "a"] });
    expect(result).toEqual({
      ok: true,
      order: { EXPERIMENTAL: ["e", "d", "c", "b", "a"], MVP: [], PRODUCTIONIZATION: [] },
    });
  });

  it("names duplicates, missing and unknown ids and unknown stages, all at once", () => {
    const result = validateReorder(ids, { EXPERIMENTAL: ["a", "a", "x"], MVP: ["c", "b"], LATER: ["d"] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      duplicates: ["a"],
      missing: ["d", "e"],
      unknown: ["x"],
      unknownStages: ["LATER"],
    });
    expect(result.error.message).toBe(
      "The order names unknown stages (LATER); names items more than once (a); leaves out items (d, e); names items not on this roadmap (x): it must name every item exactly once.",
    );
  });

  it("counts an id named in two stages as a duplicate", () => {
    const result = validateReorder(["a", "b"], { EXPERIMENTAL: ["a"], MVP: ["a", "b"] });
    expect(!result.ok && result.error.duplicates).toEqual(["a"]);
  });

  it.each([null, [], "x", { MVP: "a" }, { MVP: [1] }])("rejects a malformed payload %j", (payload) => {
    expect(validateReorder(["a"], payload).ok).toBe(false);
  });
});

describe("keyboard moves", () => {
  it("moves up and down within a stage, to the top and bottom", () => {
    expect(moveItem(order, "b", "up")?.EXPERIMENTAL).toEqual(["b", "a"]);
    expect(moveItem(order, "a", "down")?.EXPERIMENTAL).toEqual(["b", "a"]);
    expect(moveItem(order, "e", "top")?.PRODUCTIONIZATION).toEqual(["e", "d"]);
    expect(moveItem(order, "d", "bottom")?.PRODUCTIONIZATION).toEqual(["e", "d"]);
  });

  it("refuses moves past an edge, and unknown ids", () => {
    expect(moveItem(order, "a", "up")).toBeNull();
    expect(moveItem(order, "a", "top")).toBeNull();
    expect(moveItem(order, "e", "down")).toBeNull();
    expect(moveItem(order, "a", "previous_stage")).toBeNull();
    expect(moveItem(order, "d", "next_stage")).toBeNull();
    expect(moveItem(order, "zz", "up")).toBeNull();
  });

  it("moves between stages keeping the index where it can, so right then left comes back", () => {
    const right = moveItem(order, "b", "next_stage")!;
    expect(right).toEqual({ EXPERIMENTAL: ["a"], MVP: ["c", "b"], PRODUCTIONIZATION: ["d", "e"] });
    expect(moveItem(right, "b", "previous_stage")).toEqual(order);
  });

  it("drops an item at a clamped index (drag and drop)", () => {
    expect(moveItemTo(order, "a", "MVP", 99).MVP).toEqual(["c", "a"]);
    expect(moveItemTo(order, "a", "MVP", -5).MVP).toEqual(["a", "c"]);
    expect(locate(moveItemTo(order, "e", "EXPERIMENTAL", 1), "e")).toEqual({ stage: "EXPERIMENTAL", index: 1 });
  });

  it("never loses or doubles an item, whatever the moves", () => {
    const ids = ["a", "b", "c", "d", "e"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...KEYBOARD_MOVES)), { maxLength: 30 }),
        (moves) => {
          let current = order;
          for (const [id, move] of moves) current = moveItem(current, id, move) ?? current;
          expect(STAGES.flatMap((s) => current[s]).sort()).toEqual(ids);
          expect(validateReorder(ids, current).ok).toBe(true);
        },
      ),
    );
  });
});

describe("nextPosition", () => {
  it("appends after the last item of the stage", () => {
    expect(nextPosition(items, "EXPERIMENTAL")).toBe(2);
    expect(nextPosition(items, "PRODUCTIONIZATION")).toBe(4);
    expect(nextPosition([], "MVP")).toBe(0);
  });
});
