import { describe, expect, it } from "vitest";
import { canRedo, canUndo, createHistory, present, push, redo, undo } from "./history";

type Snap = { nodes: { id: string; x: number }[] };
const snap = (...xs: number[]): Snap => ({ nodes: xs.map((x, i) => ({ id: `n${i}`, x })) });

describe("history", () => {
  it("starts with nothing to undo or redo", () => {
    const h = createHistory(snap(1));
    expect(present(h)).toEqual(snap(1));
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it("undoes and redoes in order", () => {
    let h = createHistory(snap(1));
    h = push(h, snap(2));
    h = push(h, snap(3));
    h = undo(h);
    expect(present(h)).toEqual(snap(2));
    h = undo(h);
    expect(present(h)).toEqual(snap(1));
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(true);
    h = redo(h);
    h = redo(h);
    expect(present(h)).toEqual(snap(3));
    expect(canRedo(h)).toBe(false);
  });

  it("never changes a history in place", () => {
    const h0 = createHistory(snap(1));
    const h1 = push(h0, snap(2));
    const h2 = undo(h1);
    expect(present(h0)).toEqual(snap(1));
    expect(present(h1)).toEqual(snap(2));
    expect(canUndo(h0)).toBe(false);
    expect(canRedo(h1)).toBe(false);
    expect(present(h2)).toEqual(snap(1));
  });

  it("drops the redo branch when pushing after an undo", () => {
    let h = push(push(createHistory(snap(1)), snap(2)), snap(3));
    h = undo(h);
    h = push(h, snap(9));
    expect(canRedo(h)).toBe(false);
    expect(present(redo(h))).toEqual(snap(9));
    expect(present(undo(h))).toEqual(snap(2));
  });

  it("ignores a push equal to the present, even as a new object", () => {
    const h = push(createHistory(snap(1)), snap(2));
    expect(push(h, snap(2))).toBe(h);
    expect(push(h, structuredClone(present(h)))).toBe(h);
    // Equal to an older step but not to the present: a real change.
    expect(present(push(h, snap(1)))).toEqual(snap(1));
  });

  it("compares against the present after undo and redo", () => {
    const h = undo(push(createHistory(snap(1)), snap(2)));
    expect(push(h, snap(1))).toBe(h);
    const r = redo(h);
    expect(push(r, snap(2))).toBe(r);
  });

  it("keeps at most `limit` undo steps", () => {
    let h = createHistory(snap(0), 3);
    for (let i = 1; i <= 10; i++) h = push(h, snap(i));
    let steps = 0;
    while (canUndo(h)) {
      h = undo(h);
      steps++;
    }
    expect(steps).toBe(3);
    expect(present(h)).toEqual(snap(7));
  });

  it("defaults to 100 steps and refuses a nonsensical limit", () => {
    let h = createHistory(0);
    for (let i = 1; i <= 150; i++) h = push(h, i);
    expect(h.past).toHaveLength(100);
    expect(() => createHistory(0, 0)).toThrow(RangeError);
  });

  it("accepts a custom key", () => {
    const h = createHistory({ id: 1, at: 1 }, 10, (s) => String(s.id));
    expect(push(h, { id: 1, at: 2 })).toBe(h);
    expect(push(h, { id: 2, at: 1 })).not.toBe(h);
  });
});

describe("history bursts", () => {
  it("keeps consecutive pushes of one burst as one undo step", () => {
    let h = createHistory(snap(0));
    for (let i = 1; i <= 5; i++) h = push(h, snap(i), "title:n0:1");
    expect(present(h)).toEqual(snap(5));
    expect(h.past).toHaveLength(1);
    h = undo(h);
    expect(present(h)).toEqual(snap(0));
    expect(canUndo(h)).toBe(false);
    expect(present(redo(h))).toEqual(snap(5));
  });

  it("starts a new step for another burst, a plain push, or after an undo", () => {
    let h = push(push(createHistory(snap(0)), snap(1), "a"), snap(2), "a");
    h = push(h, snap(3), "b");
    expect(h.past.map((s) => s.nodes[0]!.x)).toEqual([0, 2]);
    h = push(h, snap(4));
    h = push(h, snap(5), "b");
    expect(h.past.map((s) => s.nodes[0]!.x)).toEqual([0, 2, 3, 4]);
    h = undo(h);
    h = push(h, snap(6), "b");
    expect(h.past.map((s) => s.nodes[0]!.x)).toEqual([0, 2, 3, 4]);
    expect(present(undo(h))).toEqual(snap(4));
  });

  it("leaves no step when a burst ends where it began", () => {
    const h0 = push(createHistory(snap(0)), snap(1));
    let h = push(h0, snap(2), "a");
    h = push(h, snap(1), "a"); // typed, then deleted back to the text before
    expect(present(h)).toEqual(snap(1));
    expect(h.past).toHaveLength(1);
    expect(present(undo(h))).toEqual(snap(0));
    // Typing on starts a fresh step from there.
    h = push(h, snap(7), "a");
    expect(h.past).toHaveLength(2);
    expect(present(undo(h))).toEqual(snap(1));
  });

  it("ignores a burst push equal to the present", () => {
    const h = push(createHistory(snap(0)), snap(1), "a");
    expect(push(h, snap(1), "a")).toBe(h);
  });

  it("costs one key per push, as plain pushes do", () => {
    let calls = 0;
    const keyOf = (s: number) => {
      calls++;
      return String(s);
    };
    let h = push(createHistory<number>(0, 10, keyOf), 1, "a");
    expect(calls).toBe(2);
    for (let i = 2; i <= 20; i++) h = push(h, i, "a");
    expect(calls).toBe(21);
    h = push(h, 0, "a");
    expect(calls).toBe(22);
    expect(h.past).toHaveLength(0);
  });
});

describe("history cost", () => {
  it("computes keys only when pushing", () => {
    let calls = 0;
    const keyOf = (s: number) => {
      calls++;
      return String(s);
    };
    const h0 = createHistory<number>(1, 10, keyOf);
    expect(calls).toBe(0);
    const h1 = push(h0, 2); // the new snapshot and the initial present
    expect(calls).toBe(2);
    const h2 = push(h1, 3); // the present's key is remembered
    expect(calls).toBe(3);
    expect(present(redo(undo(h2)))).toBe(3);
    expect(calls).toBe(3);
  });
});
