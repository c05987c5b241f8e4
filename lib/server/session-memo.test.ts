import { describe, expect, it } from "vitest";
import { SESSION_TRUST_MS, SessionMemo } from "./session-memo";

describe("SessionMemo", () => {
  it("trusts a verified session for SESSION_TRUST_MS, then asks again", () => {
    let now = 1_000;
    const memo = new SessionMemo<string>(() => now);
    memo.set("cookie", "user", now + 3_600_000);
    expect(memo.get("cookie")).toBe("user");
    now += SESSION_TRUST_MS - 1;
    expect(memo.get("cookie")).toBe("user");
    now += 1;
    expect(memo.get("cookie")).toBeUndefined();
  });

  it("never outlives the session's own expiry, and never stores an expired one", () => {
    let now = 0;
    const memo = new SessionMemo<string>(() => now);
    memo.set("soon", "user", 10);
    now = 10;
    expect(memo.get("soon")).toBeUndefined();
    memo.set("past", "user", 5);
    expect(memo.get("past")).toBeUndefined();
  });

  it("forgets a session at once (sign-out), and keeps at most maxEntries, dropping the oldest", () => {
    const memo = new SessionMemo<number>(() => 0, 2);
    memo.set("a", 1, 1e9);
    memo.forget("a");
    expect(memo.get("a")).toBeUndefined();
    memo.set("b", 2, 1e9);
    memo.set("c", 3, 1e9);
    memo.set("d", 4, 1e9);
    expect([memo.get("b"), memo.get("c"), memo.get("d")]).toEqual([undefined, 3, 4]);
  });
});
