import { describe, expect, it } from "vitest";
import { StampedCache } from "./stamped-cache";

describe("StampedCache", () => {
  it("answers a value only under the stamp it was made with", async () => {
    const cache = new StampedCache<string>(10);
    let made = 0;
    const make = (v: string) => async () => (made++, v);
    expect(await cache.getOrMake("p", "1", make("a"))).toBe("a");
    expect(await cache.getOrMake("p", "1", make("b"))).toBe("a");
    expect(made).toBe(1);
    expect(await cache.getOrMake("p", "2", make("c"))).toBe("c");
    expect(cache.get("p", "1")).toBeUndefined();
    expect(cache.get("p", "2")).toBe("c");
  });

  it("drops the least recently used entry past maxEntries", () => {
    const cache = new StampedCache<string>(2);
    cache.set("a", "1", "A");
    cache.set("b", "1", "B");
    cache.get("a", "1");
    cache.set("c", "1", "C");
    expect(cache.get("b", "1")).toBeUndefined();
    expect(cache.get("a", "1")).toBe("A");
    expect(cache.get("c", "1")).toBe("C");
  });

  it("keeps the sizes under maxSize, and never keeps a value larger than it", () => {
    const cache = new StampedCache<string>(100, 10, (v) => v.length);
    cache.set("a", "1", "aaaaaa");
    cache.set("b", "1", "bbbb");
    cache.set("c", "1", "cc");
    expect(cache.get("a", "1")).toBeUndefined();
    expect(cache.get("b", "1")).toBe("bbbb");
    cache.set("big", "1", "x".repeat(11));
    expect(cache.get("big", "1")).toBeUndefined();
    expect(cache.get("c", "1")).toBe("cc");
  });
});
