import { afterEach, describe, expect, it, vi } from "vitest";
import { ELEMENT_ID_RE, newEdgeId, newNodeId } from "./ids";

describe("ids", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("makes prefixed ids that the API accepts", () => {
    const node = newNodeId();
    const edge = newEdgeId();
    expect(node).toMatch(/^n_[0-9a-f]{32}$/);
    expect(edge).toMatch(/^e_[0-9a-f]{32}$/);
    expect(node).toMatch(ELEMENT_ID_RE);
    expect(edge).toMatch(ELEMENT_ID_RE);
  });

  it("does not repeat", () => {
    const ids = new Set(Array.from({ length: 1000 }, newNodeId));
    expect(ids.size).toBe(1000);
  });

  it("works without randomUUID (plain http)", () => {
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal("crypto", { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    expect(newNodeId()).toMatch(/^n_[0-9a-f]{32}$/);
  });

  it("accepts only the id alphabet, 1 to 64 characters", () => {
    expect(ELEMENT_ID_RE.test("a")).toBe(true);
    expect(ELEMENT_ID_RE.test("x".repeat(64))).toBe(true);
    expect(ELEMENT_ID_RE.test("x".repeat(65))).toBe(false);
    expect(ELEMENT_ID_RE.test("")).toBe(false);
    expect(ELEMENT_ID_RE.test("a b")).toBe(false);
    expect(ELEMENT_ID_RE.test("a/b")).toBe(false);
    expect(ELEMENT_ID_RE.test("n_1\n")).toBe(false);
  });
});
