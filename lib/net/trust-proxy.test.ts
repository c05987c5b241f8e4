import { describe, expect, it } from "vitest";
import { parseTrustProxy, type TTrustProxy } from "./trust-proxy";

function parsed(raw: string | undefined): TTrustProxy {
  const result = parseTrustProxy(raw);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("parseTrustProxy", () => {
  it("trusts nothing when unset, empty or 0", () => {
    for (const raw of [undefined, "", "  ", "0"]) expect(parsed(raw)).toEqual({ kind: "none" });
  });

  it("reads a hop count", () => {
    expect(parsed("1")).toEqual({ kind: "hops", hops: 1 });
    expect(parsed(" 2 ")).toEqual({ kind: "hops", hops: 2 });
  });

  it("reads IPv4 and IPv6 addresses and CIDR ranges", () => {
    const trust = parsed("10.0.0.0/8, 192.0.2.7 ,2001:db8::/32,::1");
    expect(trust.kind).toBe("ranges");
    if (trust.kind !== "ranges") return;
    expect(trust.ranges).toEqual(["10.0.0.0/8", "192.0.2.7", "2001:db8::/32", "::1"]);
    expect(trust.contains("10.200.3.4")).toBe(true);
    expect(trust.contains("::ffff:10.200.3.4")).toBe(true);
    expect(trust.contains("11.0.0.1")).toBe(false);
    expect(trust.contains("192.0.2.7")).toBe(true);
    expect(trust.contains("192.0.2.8")).toBe(false);
    expect(trust.contains("2001:db8:ffff::1")).toBe(true);
    expect(trust.contains("2001:db9::1")).toBe(false);
    expect(trust.contains("::1")).toBe(true);
  });

  it("knows loopback by name", () => {
    const trust = parsed("loopback");
    expect(
      trust.kind === "ranges" && trust.contains("127.0.0.1") && trust.contains("::1") && !trust.contains("10.0.0.1"),
    ).toBe(true);
  });

  it.each([
    ["true", '"true" is not an IP address or CIDR range'],
    ["10.0.0.0/33", '"10.0.0.0/33" has a prefix longer than 32 bits'],
    ["2001:db8::/129", '"2001:db8::/129" has a prefix longer than 128 bits'],
    ["10.0.0.0/x", '"10.0.0.0/x" has an invalid prefix length'],
    ["10.0.0.0/8/8", '"10.0.0.0/8/8" has an invalid prefix length'],
    ["10.0.0", '"10.0.0" is not an IP address or CIDR range'],
    ["10.0.0.1,,10.0.0.2", '"" is not an IP address or CIDR range'],
    ["proxy.example", '"proxy.example" is not an IP address or CIDR range'],
    ["17", "a hop count must be at most 16"],
    ["-1", '"-1" is not an IP address or CIDR range'],
  ])("refuses %j", (raw, message) => {
    const result = parseTrustProxy(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});
