import { describe, expect, it } from "vitest";
import { canChangeAny, fieldLocks } from "./item-permissions";

const stranger = { isOwner: false, isCreator: false };

describe("fieldLocks", () => {
  it("a lead may change every field of any item", () => {
    expect(Object.values(fieldLocks("LEAD", stranger)).every((r) => r === null)).toBe(true);
  });

  it("a member never assigns, prioritises or moves between stages", () => {
    const locks = fieldLocks("MEMBER", { isOwner: true, isCreator: true });
    expect(locks.ownerId).toMatch(/Only leads/);
    expect(locks.priority).toMatch(/Only leads/);
    expect(locks.stage).toMatch(/Only leads/);
    expect(locks.status).toBeNull();
    expect(locks.title).toBeNull();
  });

  it("a member who created but does not own an item edits its content, not its status", () => {
    const locks = fieldLocks("MEMBER", { isOwner: false, isCreator: true });
    expect(locks.title).toBeNull();
    expect(locks.nodeIds).toBeNull();
    expect(locks.status).toMatch(/owner or a lead/);
  });

  it("a member changes nothing on someone else's item", () => {
    const locks = fieldLocks("MEMBER", stranger);
    expect(canChangeAny(locks)).toBe(false);
    expect(locks.title).toMatch(/owner, its creator or a lead/);
  });

  it("a member creating an item picks its content and stage, not owner or priority", () => {
    const locks = fieldLocks("MEMBER", "new");
    expect(locks.title).toBeNull();
    expect(locks.stage).toBeNull();
    expect(locks.ownerId).not.toBeNull();
    expect(locks.priority).not.toBeNull();
  });

  it("a viewer changes nothing, and is told why", () => {
    const locks = fieldLocks("VIEWER", { isOwner: true, isCreator: true });
    expect(canChangeAny(locks)).toBe(false);
    expect(new Set(Object.values(locks))).toEqual(new Set(["Viewers read the roadmap; they change nothing."]));
  });
});
