import { describe, expect, it } from "vitest";
import {
  announce,
  boardColumns,
  moveBy,
  moveOver,
  moveToStage,
  placeText,
  sameColumns,
  stageOf,
  type BoardColumns,
} from "./board-columns";

const columns: BoardColumns = { EXPERIMENTAL: ["a", "b", "c"], MVP: ["d"], PRODUCTIONIZATION: [] };

describe("boardColumns", () => {
  it("groups ids by stage in position order, ties by id", () => {
    const items = [
      { id: "z", stage: "MVP" as const, position: 1 },
      { id: "b", stage: "EXPERIMENTAL" as const, position: 0 },
      { id: "y", stage: "MVP" as const, position: 0 },
      { id: "a", stage: "EXPERIMENTAL" as const, position: 0 },
    ];
    expect(boardColumns(items)).toEqual({ EXPERIMENTAL: ["a", "b"], MVP: ["y", "z"], PRODUCTIONIZATION: [] });
  });
});

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

describe("moveBy and moveToStage", () => {
  it("moves up and down within the stage, not past either end", () => {
    expect(moveBy(columns, "b", -1).EXPERIMENTAL).toEqual(["b", "a", "c"]);
    expect(moveBy(columns, "b", 1).EXPERIMENTAL).toEqual(["a", "c", "b"]);
    expect(moveBy(columns, "a", -1)).toBe(columns);
    expect(moveBy(columns, "c", 1)).toBe(columns);
  });

  it("appends to another stage", () => {
    expect(moveToStage(columns, "a", "MVP")).toEqual({
      EXPERIMENTAL: ["b", "c"],
      MVP: ["d", "a"],
      PRODUCTIONIZATION: [],
    });
    expect(moveToStage(columns, "d", "MVP")).toBe(columns);
  });
});

describe("sameColumns", () => {
  it("compares order, not identity", () => {
    expect(sameColumns(columns, { ...columns, EXPERIMENTAL: ["a", "b", "c"] })).toBe(true);
    expect(sameColumns(columns, moveBy(columns, "a", 1))).toBe(false);
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
});
