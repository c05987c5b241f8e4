import { describe, expect, it } from "vitest";
import { announce, movedIfChanged, moveOver, placeText, sameOrder, stageOf } from "./board-columns";
import { moveItem } from "./order";
import type { StageOrder } from "./types";

const columns: StageOrder = { EXPERIMENTAL: ["a", "b", "c"], MVP: ["d"], PRODUCTIONIZATION: [] };

describe("stageOf", () => {
  it("finds a card's stage, a column's own id, or nothing", () => {
    expect(stageOf(columns, "d")).toBe("MVP");
    expect(stageOf(columns, "PRODUCTIONIZATION")).toBe("PRODUCTIONIZATION");
    expect(stageOf(columns, "nope")).toBeNull();
  });
});

describe("moveOver", () => {
  it("reorders within a column to the place of the card it is over", () => {
    expect(moveOver(columns, "a", "c").EXPERIMENTAL).toEqual(["b", "c", "a"]);
    expect(moveOver(columns, "c", "a").EXPERIMENTAL).toEqual(["c", "a", "b"]);
  });

  it("moves into another column before the card it is over, or last over the column", () => {
    const before = moveOver(columns, "b", "d");
    expect(before).toEqual({ EXPERIMENTAL: ["a", "c"], MVP: ["b", "d"], PRODUCTIONIZATION: [] });
    const intoEmpty = moveOver(columns, "b", "PRODUCTIONIZATION");
    expect(intoEmpty).toEqual({ EXPERIMENTAL: ["a", "c"], MVP: ["d"], PRODUCTIONIZATION: ["b"] });
    expect(moveOver(columns, "a", "MVP").MVP).toEqual(["d", "a"]);
  });

  it("answers the same object when nothing moves", () => {
    expect(moveOver(columns, "a", "a")).toBe(columns);
    expect(moveOver(columns, "a", "EXPERIMENTAL")).toBe(columns);
    expect(moveOver(columns, "a", "unknown")).toBe(columns);
  });

  it("keeps every id exactly once", () => {
    let next = columns;
    for (const [a, o] of [
      ["a", "d"],
      ["d", "PRODUCTIONIZATION"],
      ["c", "a"],
      ["a", "EXPERIMENTAL"],
    ] as const)
      next = moveOver(next, a, o);
    const all = [...next.EXPERIMENTAL, ...next.MVP, ...next.PRODUCTIONIZATION].sort();
    expect(all).toEqual(["a", "b", "c", "d"]);
  });
});

describe("sameOrder", () => {
  it("compares order, not identity", () => {
    expect(sameOrder(columns, { ...columns, EXPERIMENTAL: ["a", "b", "c"] })).toBe(true);
    expect(sameOrder(columns, moveItem(columns, "a", "down")!)).toBe(false);
  });
});

describe("announcements", () => {
  it("say where the card is, 1-based, with the stage's label", () => {
    expect(placeText(columns, "b")).toBe("position 2 of 3 in Experimental");
    const moved = moveOver(columns, "b", "d");
    expect(announce.moved("Track runs", moved, "b")).toBe("Track runs moved to position 1 of 2 in MVP.");
    expect(announce.pickedUp("Track runs", columns, "b")).toMatch(/^Picked up Track runs, position 2 of 3/);
    expect(announce.dropped("Track runs", moved, "b")).toBe("Track runs dropped at position 1 of 2 in MVP.");
    expect(announce.cancelled("Track runs", columns, "b")).toContain("back at position 2 of 3 in Experimental");
  });

  it("stay silent when a report leaves the card where it was last announced", () => {
    const heard = placeText(columns, "b");
    // Over itself, or over its own column: the place is unchanged.
    expect(movedIfChanged("Track runs", moveOver(columns, "b", "b"), "b", heard)).toBeUndefined();
    expect(movedIfChanged("Track runs", moveOver(columns, "b", "EXPERIMENTAL"), "b", heard)).toBeUndefined();
    const moved = moveOver(columns, "b", "d");
    expect(movedIfChanged("Track runs", moved, "b", heard)).toBe("Track runs moved to position 1 of 2 in MVP.");
    // Back where it started after a move is a move again, and is heard.
    expect(movedIfChanged("Track runs", columns, "b", placeText(moved, "b"))).toBe(
      "Track runs moved to position 2 of 3 in Experimental.",
    );
  });
});
