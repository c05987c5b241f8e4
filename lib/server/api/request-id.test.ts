import { describe, expect, it } from "vitest";
import { requestIdOf } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdOf", () => {
  it("keeps a short id made of letters, digits, dots, dashes and underscores", () => {
    for (const id of ["abc", "req-42.a_B", "x".repeat(64), "0e8f3c1a-7d2b-4c9e-9f00-1234567890ab"]) {
      expect(requestIdOf(new Headers({ "x-request-id": id }))).toBe(id);
    }
  });

  it("makes a fresh UUID when there is none, or it is too long or has any other character", () => {
    expect(requestIdOf(new Headers())).toMatch(UUID);
    for (const id of ["", "x".repeat(65), "a b", '{"level":"error"}', "<script>", "id\u00e9", "a/b", "a:b"]) {
      expect(requestIdOf(new Headers({ "x-request-id": id })), JSON.stringify(id)).toMatch(UUID);
    }
  });

  it("makes a different id each time", () => {
    expect(requestIdOf(new Headers())).not.toBe(requestIdOf(new Headers()));
  });
});
