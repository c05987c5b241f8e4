import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "./client-address";
import { parseTrustProxy, type TTrustProxy } from "./trust-proxy";

function trust(raw: string): TTrustProxy {
  const result = parseTrustProxy(raw);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe("clientAddress", () => {
  it("uses the connection's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.1", trust: trust("") })).toBe("203.0.113.9");
    expect(clientAddress({ peer: "::ffff:203.0.113.9", forwardedFor: null, trust: trust("") })).toBe("203.0.113.9");
  });

  it("has no address without a readable connection address", () => {
    expect(clientAddress({ peer: null, forwardedFor: "198.51.100.1", trust: trust("1") })).toBeNull();
    expect(clientAddress({ peer: "garbage", forwardedFor: "198.51.100.1", trust: trust("1") })).toBeNull();
  });

  it("takes the entry the trusted hops appended, whatever the client wrote to their left", () => {
    const forwardedFor = "1.1.1.1, 2.2.2.2, 198.51.100.7, 10.0.0.5";
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor, trust: trust("1") })).toBe("10.0.0.5");
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor, trust: trust("2") })).toBe("198.51.100.7");
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor, trust: trust("10.0.0.0/8") })).toBe("198.51.100.7");
  });

  it("takes the furthest entry when the chain is shorter than the trust", () => {
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor: "198.51.100.7", trust: trust("3") })).toBe("198.51.100.7");
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor: null, trust: trust("1") })).toBe("10.0.0.9");
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor: "10.0.0.8", trust: trust("10.0.0.0/8") })).toBe("10.0.0.8");
  });

  it("ignores X-Forwarded-For from a connection that is not a trusted proxy", () => {
    expect(clientAddress({ peer: "198.51.100.7", forwardedFor: "1.1.1.1", trust: trust("10.0.0.0/8") })).toBe(
      "198.51.100.7",
    );
  });

  it("matches IPv6 proxies and reads bracketed and ported entries", () => {
    const ranges = trust("2001:db8::/32");
    expect(
      clientAddress({ peer: "2001:db8::1", forwardedFor: "[2001:DB8:1::5]:4711, 2001:db8::2", trust: ranges }),
    ).toBe("2001:db8:1::5");
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor: "198.51.100.7:51234", trust: trust("1") })).toBe(
      "198.51.100.7",
    );
  });

  it("stops at the trusted hop when the next entry is not an address", () => {
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor: "evil, not-an-ip", trust: trust("1") })).toBe("10.0.0.9");
    expect(clientAddress({ peer: "10.0.0.9", forwardedFor: "not-an-ip, 198.51.100.7", trust: trust("2") })).toBe(
      "198.51.100.7",
    );
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1"],
    ["::FFFF:127.0.0.1", "127.0.0.1"],
    ["[::1]:3000", "::1"],
    ["192.0.2.1:80", "192.0.2.1"],
    ["2001:DB8::1", "2001:db8::1"],
    ["", null],
    ["example.com", null],
    ["1.2.3.4.5", null],
  ])("%j → %j", (value, expected) => {
    expect(normaliseAddress(value)).toBe(expected);
  });
});
