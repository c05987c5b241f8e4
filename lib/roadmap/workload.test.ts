import { describe, expect, it } from "vitest";
import { ANA, BO, item } from "./fixtures/roadmap-fixtures";
import { roadmapWorkload } from "./workload";

const CY = { id: "m_cy", name: "Cy Diaz", email: "cy@example.com" };

describe("roadmapWorkload", () => {
  it("counts open items by priority per person, heaviest first, with the unassigned apart", () => {
    const items = [
      item({ id: "1", owner: BO, priority: "P2" }),
      item({ id: "2", owner: ANA, priority: "P0" }),
      item({ id: "3", owner: BO, priority: "P0", status: "IN_PROGRESS" }),
      item({ id: "4", owner: ANA, priority: "P3", status: "DONE" }),
      item({ id: "5", owner: ANA, priority: null }),
      item({ id: "6", priority: "P1" }),
    ];
    const { rows, unassigned } = roadmapWorkload(items, [ANA, BO, CY]);
    // Ana and Bo both carry two open items and one P0; Bo's other is a P2, Ana's has no priority.
    expect(rows.map((r) => [r.owner?.name, r.open, r.byPriority])).toEqual([
      ["Bo Chen", 2, { P0: 1, P1: 0, P2: 1, P3: 0, none: 0 }],
      ["Ana Lopez", 2, { P0: 1, P1: 0, P2: 0, P3: 0, none: 1 }],
      ["Cy Diaz", 0, { P0: 0, P1: 0, P2: 0, P3: 0, none: 0 }],
    ]);
    expect(rows[0]?.itemIds).toEqual(["1", "3"]);
    expect(unassigned).toMatchObject({ owner: null, open: 1, itemIds: ["6"] });
  });

  it("lists an owner who is no longer among the members", () => {
    const { rows } = roadmapWorkload([item({ id: "1", owner: CY })], [ANA]);
    expect(rows.map((r) => [r.owner?.id, r.open])).toEqual([
      ["m_cy", 1],
      ["m_ana", 0],
    ]);
  });
});
