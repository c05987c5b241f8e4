import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANA, BO, item } from "./fixtures/roadmap-fixtures";
import {
  applyView,
  DEFAULT_ROADMAP_VIEW,
  filterItems,
  parseViewParams,
  ROADMAP_SORT_KEYS,
  sortItems,
  viewToParams,
  ZRoadmapView,
  type RoadmapView,
} from "./view-filters";

const items = [
  item({ id: "a", title: "beta", owner: ANA, priority: "P2", phase: "ML", status: "DONE", position: 0 }),
  item({
    id: "b",
    title: "Alpha",
    owner: BO,
    priority: "P0",
    phase: "DEV",
    stage: "MVP",
    position: 0,
    targetDate: "2026-12-20",
  }),
  item({
    id: "c",
    title: "gamma",
    priority: null,
    phase: null,
    status: "IN_PROGRESS",
    position: 1,
    targetDate: "2026-12-10",
  }),
  item({ id: "d", title: "delta", owner: ANA, priority: "P0", phase: "PROD", stage: "PRODUCTIONIZATION", position: 0 }),
];
const view = (more: Partial<RoadmapView>): RoadmapView => ({ ...DEFAULT_ROADMAP_VIEW, ...more });
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

describe("filterItems", () => {
  it("filters by owner incl. unassigned, phase, priority incl. none, status and stage", () => {
    expect(ids(filterItems(items, view({ owner: ["m_ana"] }), null))).toEqual(["a", "d"]);
    expect(ids(filterItems(items, view({ owner: ["unassigned", "m_bo"] }), null))).toEqual(["b", "c"]);
    expect(ids(filterItems(items, view({ phase: ["ML", "PROD"] }), null))).toEqual(["a", "d"]);
    expect(ids(filterItems(items, view({ priority: ["none"] }), null))).toEqual(["c"]);
    expect(ids(filterItems(items, view({ status: ["TODO"] }), null))).toEqual(["b", "d"]);
    expect(ids(filterItems(items, view({ stage: ["EXPERIMENTAL"], priority: ["P2", "none"] }), null))).toEqual([
      "a",
      "c",
    ]);
  });

  it("shows my items only when I have a membership", () => {
    expect(ids(filterItems(items, view({ mine: true }), "m_bo"))).toEqual(["b"]);
    expect(filterItems(items, view({ mine: true }), null)).toEqual([]);
  });
});

describe("sortItems", () => {
  it("sorts by any column, nulls last both ways, ties in board order", () => {
    expect(ids(sortItems(items, "position", "asc"))).toEqual(["a", "c", "b", "d"]);
    expect(ids(sortItems(items, "position", "desc"))).toEqual(["d", "b", "c", "a"]);
    expect(ids(sortItems(items, "title", "asc"))).toEqual(["b", "a", "d", "c"]);
    expect(ids(sortItems(items, "priority", "asc"))).toEqual(["b", "d", "a", "c"]);
    expect(ids(sortItems(items, "priority", "desc"))).toEqual(["a", "b", "d", "c"]);
    expect(ids(sortItems(items, "owner", "asc"))).toEqual(["a", "d", "b", "c"]);
    expect(ids(sortItems(items, "targetDate", "asc"))).toEqual(["c", "b", "a", "d"]);
    expect(ids(sortItems(items, "status", "desc"))).toEqual(["a", "c", "b", "d"]);
  });

  it("is a stable permutation for every column", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROADMAP_SORT_KEYS),
        fc.constantFrom("asc" as const, "desc" as const),
        (key, dir) => {
          const once = sortItems(items, key, dir);
          expect(ids(once).sort()).toEqual(["a", "b", "c", "d"]);
          expect(sortItems([...items].reverse(), key, dir)).toEqual(once);
        },
      ),
    );
  });
});

describe("URL params", () => {
  it("round-trips a view, leaving defaults out", () => {
    const v = view({
      owner: ["m_ana", "unassigned"],
      status: ["TODO", "DONE"],
      mine: true,
      sort: "priority",
      dir: "desc",
    });
    const params = viewToParams(v);
    expect(params.toString()).toBe("owner=m_ana%2Cunassigned&status=TODO%2CDONE&mine=1&sort=priority&dir=desc");
    expect(parseViewParams(params)).toEqual({ view: v, problems: [] });
    expect(viewToParams(DEFAULT_ROADMAP_VIEW).toString()).toBe("");
  });

  it("drops bad values and says which, reading Next's searchParams object too", () => {
    const { view: v, problems } = parseViewParams({
      status: ["TODO,NOPE", "DONE"],
      priority: "P0,P9",
      owner: "<script>",
      sort: "evil",
      dir: "sideways",
      mine: "yes",
    });
    expect(v).toEqual(view({ status: ["TODO", "DONE"], priority: ["P0"] }));
    expect(problems).toEqual([
      'owner: "<script>" is not a valid value.',
      'priority: "P9" is not a valid value.',
      'status: "NOPE" is not a valid value.',
      'mine: "yes" is not 1 or 0.',
      "sort: must be one of position, title, owner, phase, priority, status, stage, targetDate, updatedAt.",
      "dir: must be asc or desc.",
    ]);
    expect(ZRoadmapView.safeParse(v).success).toBe(true);
  });

  it("applies a parsed view", () => {
    const { view: v } = parseViewParams(new URLSearchParams("stage=EXPERIMENTAL&sort=title"));
    expect(ids(applyView(items, v, null))).toEqual(["a", "c"]);
  });
});
