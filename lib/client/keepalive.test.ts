import { describe, expect, it } from "vitest";
import { bodyBytes, fitsKeepalive, KEEPALIVE_BODY_LIMIT } from "./keepalive";

describe("fitsKeepalive", () => {
  it("counts UTF-8 bytes, not characters", () => {
    expect(bodyBytes("abc")).toBe(3);
    expect(bodyBytes("é")).toBe(2);
    expect(bodyBytes("→")).toBe(3);
    expect(bodyBytes("😀")).toBe(4);
  });

  it("accepts a body of exactly 64 KiB and refuses one byte more", () => {
    expect(fitsKeepalive("a".repeat(KEEPALIVE_BODY_LIMIT))).toBe(true);
    expect(fitsKeepalive("a".repeat(KEEPALIVE_BODY_LIMIT + 1))).toBe(false);
  });

  it("measures multi-byte text by its encoded size", () => {
    // 30,000 arrows are 30,000 characters but 90,000 bytes.
    expect(fitsKeepalive("→".repeat(30_000))).toBe(false);
    expect(fitsKeepalive("→".repeat(21_845))).toBe(true); // 65,535 bytes
    expect(fitsKeepalive(`${"→".repeat(21_845)}ab`)).toBe(false); // 65,537 bytes
  });

  it("leaves room for other keepalive requests in flight", () => {
    expect(fitsKeepalive("a".repeat(1000), KEEPALIVE_BODY_LIMIT - 1000)).toBe(true);
    expect(fitsKeepalive("a".repeat(1001), KEEPALIVE_BODY_LIMIT - 1000)).toBe(false);
  });

  it("refuses the body of a 500-node diagram", () => {
    const node = {
      id: "n_0123456789",
      kind: "component",
      title: "Model training",
      description: "",
      category: "notebooks",
      phase: "ML",
      stage: "MVP",
      automation: "MANUAL",
      ownerId: null,
      priority: null,
      position: { x: 1234.5, y: 116 },
      sourceCells: null,
    };
    const body = JSON.stringify({
      baseVersion: 3,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: Array.from({ length: 500 }, () => node),
      edges: [],
    });
    expect(fitsKeepalive(body)).toBe(false);
  });
});
