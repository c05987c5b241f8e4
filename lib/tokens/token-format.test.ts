import { describe, expect, it } from "vitest";
import { hashApiTokenSecret, isApiTokenSecret, newApiTokenSecret, visiblePrefix } from "./token-format";

describe("API token secrets", () => {
  it("are mm_ and 43 base62 characters, different every time", () => {
    const a = newApiTokenSecret();
    const b = newApiTokenSecret();
    expect(a).toMatch(/^mm_[0-9A-Za-z]{43}$/);
    expect(a).not.toBe(b);
    expect(isApiTokenSecret(a)).toBe(true);
  });

  it("skip the bytes that would bias the alphabet", () => {
    // 248..255 are dropped; 0 and 61 map to the first and last characters.
    const bytes = [255, 248, 0, 61, 62, ...Array(60).fill(1)];
    const secret = newApiTokenSecret((size) => Uint8Array.from(bytes.slice(0, size)));
    expect(secret.slice(0, 6)).toBe("mm_0z0");
    expect(secret).toHaveLength(46);
  });

  it("refuse anything else as a token", () => {
    const good = newApiTokenSecret();
    for (const bad of ["", "mm_", good.slice(0, -1), `${good}x`, `xx_${good.slice(3)}`, `${good.slice(0, -1)}-`])
      expect(isApiTokenSecret(bad), bad).toBe(false);
  });

  it("hash to SHA-256 hex and show only mm_ and five characters", () => {
    expect(hashApiTokenSecret("mm_x")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiTokenSecret("mm_x")).toBe(hashApiTokenSecret("mm_x"));
    expect(visiblePrefix("mm_abcdefghij")).toBe("mm_abcde");
  });
});
