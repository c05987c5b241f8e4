import { describe, expect, it } from "vitest";
import type { RoadmapItemFacts } from "@/lib/roadmap/types";
import {
  ZDateOnly,
  ZRoadmapBulkCreate,
  ZRoadmapDeleteQuery,
  ZRoadmapItemCreate,
  ZRoadmapItemPatch,
  ZRoadmapOrder,
  type TRoadmapItem,
} from "./roadmap";

// The roadmap's wire contract: what a body may say, and the messages that name the field.

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message).join(" | ") ?? "";

describe("roadmap wire contract", () => {
  it("target dates are real calendar days", () => {
    expect(ZDateOnly.safeParse("2027-02-28").success).toBe(true);
    expect(ZDateOnly.safeParse("2028-02-29").success).toBe(true);
    for (const bad of ["2027-02-29", "2026-13-01", "2026-1-1", "tomorrow", "2026-12-02T00:00:00Z"])
      expect(ZDateOnly.safeParse(bad).success, bad).toBe(false);
  });

  it("a create body gets its defaults and refuses unknown fields, tools and components", () => {
    expect(ZRoadmapItemCreate.parse({ title: "  Track runs  " })).toEqual({
      title: "Track runs",
      doneWhen: "",
      detail: "",
      nodeIds: [],
      source: "manual",
    });
    expect(messages(ZRoadmapItemCreate.safeParse({ title: "T", toolSlug: "nope" }))).toMatch(/catalog/);
    expect(messages(ZRoadmapItemCreate.safeParse({ title: "T", componentId: "kafka" }))).toMatch(/componentId/);
    expect(messages(ZRoadmapItemCreate.safeParse({ title: "T", nodeIds: ["a", "a"] }))).toMatch(/twice/);
    expect(messages(ZRoadmapItemCreate.safeParse({ title: "T", priority: "P4" }))).toMatch(/P0, P1, P2, P3/);
    expect(ZRoadmapItemCreate.safeParse({ title: "T", owner: "x" }).success).toBe(false);
  });

  it("a patch names its version and at least one field; automateNodes only with DONE", () => {
    expect(ZRoadmapItemPatch.safeParse({ version: 2, ownerId: null }).success).toBe(true);
    expect(messages(ZRoadmapItemPatch.safeParse({ version: 2 }))).toMatch(/at least one field/);
    expect(messages(ZRoadmapItemPatch.safeParse({ title: "T" }))).toMatch(/version/);
    expect(messages(ZRoadmapItemPatch.safeParse({ version: 0, title: "T" }))).toMatch(/version/);
    expect(messages(ZRoadmapItemPatch.safeParse({ version: 1, status: "TODO", automateNodes: true }))).toMatch(
      /automateNodes/,
    );
    expect(ZRoadmapItemPatch.safeParse({ version: 1, status: "DONE", automateNodes: true }).success).toBe(true);
  });

  it("bulk holds 1 to 200 items; delete's version comes from the query string; an order names all three stages", () => {
    expect(ZRoadmapBulkCreate.safeParse({ items: [] }).success).toBe(false);
    expect(ZRoadmapBulkCreate.safeParse({ items: Array.from({ length: 200 }, () => ({ title: "T" })) }).success).toBe(
      true,
    );
    expect(ZRoadmapDeleteQuery.parse({ version: "3" })).toEqual({ version: 3 });
    expect(ZRoadmapDeleteQuery.safeParse({ version: "x" }).success).toBe(false);
    expect(ZRoadmapOrder.safeParse({ roadmapVersion: 0, stages: { EXPERIMENTAL: [], MVP: [] } }).success).toBe(false);
    expect(
      ZRoadmapOrder.safeParse({ roadmapVersion: 0, stages: { EXPERIMENTAL: [], MVP: [], PRODUCTIONIZATION: [] } })
        .success,
    ).toBe(true);
  });
});

// The API's item is what lib/roadmap's pure code reads, as it is.
type Assert<T extends true> = T;
export type _ItemIsFacts = Assert<TRoadmapItem extends RoadmapItemFacts ? true : false>;
