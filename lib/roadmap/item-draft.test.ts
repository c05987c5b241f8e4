import { describe, expect, it } from "vitest";
import { changedFields, conflictRows, createBody, draftOf, emptyDraft, resolveWithTheirs } from "./item-draft";

const item = {
  title: "Track every training run",
  doneWhen: "Runs log params",
  detail: "",
  phase: "ML" as const,
  componentId: "experiment_tracking" as const,
  toolSlug: "mlflow",
  nodeIds: ["n1", "n2"],
  stage: "EXPERIMENTAL" as const,
  owner: { id: "m1", name: "Ada", email: "ada@example.com" },
  priority: "P1" as const,
  status: "TODO" as const,
  targetDate: null,
};

describe("changedFields", () => {
  it("is empty for an untouched draft, and for whitespace-only or reordered-list edits", () => {
    const base = draftOf(item);
    expect(changedFields(base, draftOf(item))).toEqual({});
    expect(changedFields(base, { ...base, title: `${base.title}  `, nodeIds: ["n2", "n1"] })).toEqual({});
  });

  it("names only what changed, text trimmed, owner by membership id", () => {
    const base = draftOf(item);
    const draft = { ...base, title: " Track runs ", ownerId: null, priority: "P0" as const, nodeIds: ["n1"] };
    expect(changedFields(base, draft)).toEqual({ title: "Track runs", ownerId: null, priority: "P0", nodeIds: ["n1"] });
  });
});

describe("createBody", () => {
  it("leaves out empty optional fields and, for a member, owner and priority", () => {
    const draft = { ...emptyDraft("MVP"), title: " Add a model API ", ownerId: "m1", priority: "P2" as const };
    expect(createBody(draft, { canPlan: false })).toEqual({ title: "Add a model API", stage: "MVP" });
    expect(createBody(draft, { canPlan: true })).toEqual({
      title: "Add a model API",
      stage: "MVP",
      ownerId: "m1",
      priority: "P2",
    });
  });
});

describe("conflicts", () => {
  const base = draftOf(item);
  const mine = { ...base, title: "Mine", doneWhen: "My definition" };
  const theirs = { ...base, title: "Theirs", priority: "P3" as const };

  it("lists each named field with both values, in form order", () => {
    expect(conflictRows(["title", "unknownField"], mine, theirs)).toEqual([
      { field: "title", mine: "Mine", theirs: "Theirs" },
    ]);
  });

  it("'use theirs' takes the saved values for the conflicting fields and keeps my other edits", () => {
    expect(resolveWithTheirs(base, mine, theirs, ["title"])).toEqual({
      ...theirs,
      doneWhen: "My definition",
    });
  });
});
